/** Tags a narrative may keep; every attribute is dropped, so no event handler or style survives. */
export const RICH_TEXT_TAGS = ["p", "br", "strong", "em", "ul", "ol", "li"] as const;
const ALLOWED = new Set<string>(RICH_TEXT_TAGS);
const VOID = new Set(["br"]);
// Elements whose content is code or foreign markup, removed with everything inside.
const DROP_WITH_CONTENT = [
  "script",
  "style",
  "iframe",
  "object",
  "embed",
  "noscript",
  "template",
  "svg",
  "math",
  "textarea",
  "title",
  "xmp",
  "noembed",
  "noframes",
];

const ENTITY = /^&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});/;

function escapeText(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === "<") out += "&lt;";
    else if (c === ">") out += "&gt;";
    else if (c === '"') out += "&quot;";
    else if (c === "&") out += ENTITY.test(text.slice(i)) ? "&" : "&amp;";
    else out += c;
  }
  return out;
}

/**
 * Reduces HTML to the safe subset p, br, strong, em, ul, ol, li without attributes: other
 * tags are removed keeping their text, script/style and similar are removed with their
 * content, comments vanish, stray `<` and `>` are escaped and open tags are closed.
 */
export function sanitizeRichText(html: string): string {
  let s = html.replace(/<!--[\s\S]*?(?:-->|$)/g, "");
  for (const tag of DROP_WITH_CONTENT) {
    s = s.replace(new RegExp(`<${tag}\\b[\\s\\S]*?(?:</${tag}\\s*>|$)`, "gi"), "");
  }
  const tagRe = /<\s*(\/?)\s*([a-zA-Z][a-zA-Z0-9-]*)\b[^<>]*>|<![^<>]*>|<\?[^<>]*>/g;
  const open: string[] = [];
  let out = "";
  let last = 0;
  for (let m = tagRe.exec(s); m; m = tagRe.exec(s)) {
    out += escapeText(s.slice(last, m.index));
    last = m.index + m[0].length;
    const name = (m[2] ?? "").toLowerCase();
    if (!ALLOWED.has(name)) continue;
    if (VOID.has(name)) {
      out += "<br>";
    } else if (m[1] === "/") {
      const at = open.lastIndexOf(name);
      if (at === -1) continue;
      while (open.length > at) out += `</${open.pop()}>`;
    } else {
      open.push(name);
      out += `<${name}>`;
    }
  }
  out += escapeText(s.slice(last));
  while (open.length) out += `</${open.pop()}>`;
  return out;
}

/** The visible text of a sanitized narrative, to tell an empty one ("<p></p>") from a written one. */
export function richTextIsEmpty(html: string | null | undefined): boolean {
  if (!html) return true;
  return (
    html
      .replace(/<[^>]*>/g, "")
      .replace(/&nbsp;/g, " ")
      .trim() === ""
  );
}
