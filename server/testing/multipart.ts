import { randomBytes } from "node:crypto";

/** A tiny but well-formed PDF, as file-type recognizes it by its bytes. */
export const TINY_PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n",
);

/** The start of a Windows executable: what a disguised upload really is. */
export const FAKE_EXE = Buffer.concat([Buffer.from("MZ"), Buffer.alloc(256, 0x90)]);

/** An HTML page, which file-type does not recognize as any allowed type. */
export const HTML_PAGE = Buffer.from("<!doctype html><html><body><script>alert(1)</script></body></html>");

/**
 * A multipart/form-data body with one file, built by hand so tests need no extra package:
 * spread the result into `app.inject({ method, url, ...multipartFile(...) })`.
 */
export function multipartFile(
  content: Buffer,
  opts: { filename: string; contentType?: string; field?: string; cookie?: string },
) {
  const boundary = `----kotacerdas${randomBytes(8).toString("hex")}`;
  const head =
    `--${boundary}\r\n` +
    `Content-Disposition: form-data; name="${opts.field ?? "file"}"; filename="${opts.filename}"\r\n` +
    `Content-Type: ${opts.contentType ?? "application/pdf"}\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head, "utf8"), content, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: {
      "content-type": `multipart/form-data; boundary=${boundary}`,
      ...(opts.cookie ? { cookie: opts.cookie } : {}),
    },
  };
}

/** A multipart/form-data body with text fields and optionally one file (the public feedback form). */
export function multipartForm(
  fields: Record<string, string | number>,
  file?: { field: string; filename: string; contentType: string; content: Buffer },
) {
  const boundary = `----kotacerdas${randomBytes(8).toString("hex")}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(fields))
    chunks.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`, "utf8"),
    );
  if (file)
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${file.field}"; filename="${file.filename}"\r\nContent-Type: ${file.contentType}\r\n\r\n`,
        "utf8",
      ),
      file.content,
      Buffer.from("\r\n", "utf8"),
    );
  chunks.push(Buffer.from(`--${boundary}--\r\n`, "utf8"));
  return { payload: Buffer.concat(chunks), headers: { "content-type": `multipart/form-data; boundary=${boundary}` } };
}
