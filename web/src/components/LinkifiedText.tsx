import { Anchor, Text, type TextProps } from "@mantine/core";
import type { ReactNode } from "react";

const URL_PATTERN = /https?:\/\/[^\s<>"']+/g;
// Sentence punctuation right after a link belongs to the sentence, not the address.
const TRAILING = /[.,;:!?)\]]+$/;

/** Splits text into strings and links; only http(s) addresses become links. */
export function linkify(text: string): ReactNode[] {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index ?? 0;
    const url = match[0].replace(TRAILING, "");
    if (start > last) parts.push(text.slice(last, start));
    parts.push(
      <Anchor key={start} href={url} rel="noreferrer" style={{ wordBreak: "break-all" }}>
        {url}
      </Anchor>,
    );
    last = start + url.length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

/** Plain text with its line breaks kept and its web addresses clickable. */
export function LinkifiedText({ text, ...props }: { text: string } & TextProps) {
  return (
    <Text size="sm" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }} {...props}>
      {linkify(text)}
    </Text>
  );
}
