import { ActionIcon, Group, Stack, Text, Textarea, Tooltip } from "@mantine/core";
import { useRef } from "react";
import { useTranslation } from "react-i18next";

type RichTextAreaProps = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  testId?: string;
  minRows?: number;
  readOnly?: boolean;
};

/** Plain paragraphs become <p>; text that already has tags is kept (the server sanitizes it either way). */
export function toNarrativeHtml(text: string): string {
  const trimmed = text.trim();
  if (trimmed === "" || /<(p|ul|ol|li|strong|em|br)\b/i.test(trimmed)) return trimmed;
  return trimmed
    .split(/\n\s*\n/)
    .map((para) => `<p>${para.trim().replace(/\n/g, "<br>")}</p>`)
    .join("");
}

/** Stored narrative HTML back into the textarea: paragraphs separated by blank lines, inline tags kept. */
export function fromNarrativeHtml(html: string): string {
  if (/<(ul|ol)\b/i.test(html)) return html;
  return html
    .replace(/<br\s*\/?>/gi, "\n")
    .split(/<\/p>\s*/i)
    .map((p) => p.replace(/^\s*<p>/i, "").trim())
    .filter((p) => p !== "")
    .join("\n\n");
}

/** A narrative field: a textarea with a tiny toolbar that wraps the selection in the allowed tags. */
export function RichTextArea({ label, value, onChange, error, testId, minRows = 3, readOnly }: RichTextAreaProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLTextAreaElement>(null);

  const wrap = (before: string, after: string) => {
    const el = ref.current;
    const start = el?.selectionStart ?? value.length;
    const end = el?.selectionEnd ?? value.length;
    const selected = value.slice(start, end);
    const inner =
      before === "<ul>"
        ? (selected || "…")
            .split("\n")
            .map((line) => `<li>${line}</li>`)
            .join("")
        : selected;
    onChange(value.slice(0, start) + before + inner + after + value.slice(end));
    requestAnimationFrame(() => el?.focus());
  };

  const tool = (text: string, label: string, before: string, after: string, style?: object) => (
    <Tooltip label={label} withArrow>
      <ActionIcon variant="default" size="sm" aria-label={label} onClick={() => wrap(before, after)}>
        <Text size="xs" style={style}>
          {text}
        </Text>
      </ActionIcon>
    </Tooltip>
  );

  return (
    <Stack gap={4}>
      <Group justify="space-between" align="flex-end">
        <Text size="sm" fw={500} component="label" htmlFor={testId}>
          {label}
        </Text>
        {!readOnly && (
          <Group gap={4}>
            {tool("B", t("masterplan.rich.bold"), "<strong>", "</strong>", { fontWeight: 700 })}
            {tool("I", t("masterplan.rich.italic"), "<em>", "</em>", { fontStyle: "italic" })}
            {tool("•", t("masterplan.rich.list"), "<ul>", "</ul>")}
          </Group>
        )}
      </Group>
      <Textarea
        id={testId}
        ref={ref}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        error={error}
        readOnly={readOnly}
        autosize
        minRows={minRows}
        maxRows={16}
        data-testid={testId}
      />
    </Stack>
  );
}

/** Narrative HTML as stored (already sanitized by the server to p, br, strong, em, ul, ol, li). */
export function NarrativeView({ html }: { html: string | undefined }) {
  const { t } = useTranslation();
  if (!html?.trim())
    return (
      <Text size="sm" c="dimmed">
        {t("masterplan.notWritten")}
      </Text>
    );
  // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitized on the server to a small allow-list
  return <div className="narrative" dangerouslySetInnerHTML={{ __html: html }} />;
}
