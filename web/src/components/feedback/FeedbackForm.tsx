import { Alert, Button, FileInput, Group, SegmentedControl, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { FEEDBACK_CATEGORIES, FEEDBACK_LIMITS, type FeedbackCategory, SendFeedback } from "../../../../domain/feedback";
import { ApiError, fieldErrors, hasCode } from "../../api/client";
import { type FeedbackSent, sendFeedback } from "../../api/feedback";
import { formatFileSize, useLanguage } from "../../i18n/format";
import { useErrorText } from "../ErrorState";
import { Honeypot } from "./Honeypot";
import { PHOTO_TYPES, photoProblem } from "./photo";
import type { FeedbackSubject } from "./types";

/** What the sender has typed; kept by the dialog so closing it or a failed send loses nothing. */
export type FeedbackDraft = {
  category: FeedbackCategory;
  body: string;
  name: string;
  email: string;
  website: string;
  photo: File | null;
};

export const EMPTY_DRAFT: FeedbackDraft = {
  category: "question",
  body: "",
  name: "",
  email: "",
  website: "",
  photo: null,
};

type FeedbackFormProps = {
  regionCode: string;
  subject: FeedbackSubject;
  draft: FeedbackDraft;
  onDraft: (draft: FeedbackDraft) => void;
  onSent: (sent: FeedbackSent) => void;
  onCancel: () => void;
};

/** The public form: category, text with a live counter, optional name, e-mail and photo, and the honeypot. */
export function FeedbackForm({ regionCode, subject, draft, onDraft, onSent, onCancel }: FeedbackFormProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const errorText = useErrorText();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof FeedbackDraft>(key: K, value: FeedbackDraft[K]) => {
    onDraft({ ...draft, [key]: value });
    if (errors[key]) setErrors(({ [key]: _, ...rest }) => rest);
  };

  const photoText = (file: File | null) => {
    const problem = photoProblem(file);
    if (problem === "type") return t("feedback.form.photoType");
    if (problem === "size" && file) return t("feedback.form.photoSize", { size: formatFileSize(file.size, lang) });
    return undefined;
  };

  const validate = (): Record<string, string> => {
    const found: Record<string, string> = {};
    const parsed = SendFeedback.safeParse({ subjectKind: subject.kind, subjectId: subject.id, ...draft });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0]);
        if (field === "body") {
          found.body =
            draft.body.trim().length < FEEDBACK_LIMITS.bodyMin
              ? t("feedback.form.bodyMin", { min: FEEDBACK_LIMITS.bodyMin })
              : t("feedback.form.bodyMax", { max: FEEDBACK_LIMITS.bodyMax });
        } else if (field === "email") found.email = t("feedback.form.emailInvalid");
        else found[field] ??= issue.message;
      }
    }
    const photo = photoText(draft.photo);
    if (photo) found.photo = photo;
    return found;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0) {
      // Land on the first marked field, so a keyboard or screen-reader user hears what to fix.
      const first = Object.keys(found)[0];
      document.querySelector<HTMLElement>(`[data-feedback-field="${first}"]`)?.focus();
      return;
    }
    setBusy(true);
    try {
      const { photo, ...fields } = draft;
      const sent = await sendFeedback(
        regionCode,
        {
          subjectKind: subject.kind,
          subjectId: subject.id,
          ...fields,
          name: fields.name.trim(),
          email: fields.email.trim(),
        },
        photo,
      );
      onSent(sent.data);
    } catch (cause) {
      const fields = fieldErrors(cause);
      if (
        hasCode(cause, "file_too_large", "file_type_not_allowed", "photo_too_large", "photo_unreadable") &&
        cause instanceof ApiError
      ) {
        fields.photo = cause.message;
      }
      setErrors(fields);
      const known = new Set(["category", "body", "name", "email", "photo"]);
      const onFields = Object.keys(fields).some((f) => known.has(f));
      setFailure(
        onFields && hasCode(cause, "validation_failed")
          ? t("feedback.form.fixFields")
          : cause instanceof ApiError && cause.status > 0 && cause.message
            ? cause.message
            : errorText(cause),
      );
    } finally {
      setBusy(false);
    }
  };

  const length = draft.body.length;
  const optional = (label: string) => (
    <>
      {label}{" "}
      <Text span c="dimmed" size="sm" fw={400}>
        {t("feedback.form.optional")}
      </Text>
    </>
  );

  return (
    <form onSubmit={(event) => void submit(event)} noValidate data-testid="feedback-form">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t("feedback.form.intro")}
        </Text>
        {failure && (
          <Alert
            color="red"
            variant="light"
            title={t("feedback.form.failed")}
            role="alert"
            data-testid="feedback-error"
          >
            {failure}
          </Alert>
        )}
        <div>
          <Text component="div" id="feedback-category-label" size="sm" fw={500} mb={4}>
            {t("feedback.form.category")}{" "}
            <Text span c="red" aria-hidden="true">
              *
            </Text>
          </Text>
          <SegmentedControl
            fullWidth
            value={draft.category}
            onChange={(value) => set("category", value as FeedbackCategory)}
            data={FEEDBACK_CATEGORIES.map((c) => ({ value: c, label: t(`feedback.category.${c}`) }))}
            aria-labelledby="feedback-category-label"
            aria-required="true"
            data-testid="feedback-category"
          />
        </div>
        <div>
          <Textarea
            label={t("feedback.form.body")}
            placeholder={t("feedback.form.bodyPlaceholder")}
            required
            autosize
            minRows={4}
            maxRows={12}
            maxLength={FEEDBACK_LIMITS.bodyMax}
            value={draft.body}
            onChange={(event) => set("body", event.currentTarget.value)}
            error={errors.body}
            aria-describedby="feedback-body-counter"
            data-feedback-field="body"
            data-testid="feedback-body"
          />
          <Text
            id="feedback-body-counter"
            size="xs"
            ta="right"
            mt={4}
            c={length > FEEDBACK_LIMITS.bodyMax - 100 ? "orange.8" : "dimmed"}
            aria-live="polite"
          >
            {t("feedback.form.counter", { count: length, max: FEEDBACK_LIMITS.bodyMax })}
          </Text>
        </div>
        <TextInput
          label={optional(t("feedback.form.name"))}
          description={t("feedback.form.nameHint")}
          maxLength={FEEDBACK_LIMITS.nameMax}
          autoComplete="name"
          value={draft.name}
          onChange={(event) => set("name", event.currentTarget.value)}
          error={errors.name}
          data-feedback-field="name"
        />
        <TextInput
          label={optional(t("feedback.form.email"))}
          description={t("feedback.form.emailHint")}
          type="email"
          autoComplete="email"
          inputMode="email"
          value={draft.email}
          onChange={(event) => set("email", event.currentTarget.value)}
          error={errors.email}
          data-feedback-field="email"
          data-testid="feedback-email"
        />
        <FileInput
          label={optional(t("feedback.form.photo"))}
          description={t("feedback.form.photoHint")}
          placeholder={t("feedback.form.photoPlaceholder")}
          accept={PHOTO_TYPES.join(",")}
          clearable
          value={draft.photo}
          onChange={(file) => {
            onDraft({ ...draft, photo: file });
            setErrors(({ photo: _, ...rest }) => {
              const problem = photoText(file);
              return problem ? { ...rest, photo: problem } : rest;
            });
          }}
          error={errors.photo}
          data-feedback-field="photo"
          data-testid="feedback-photo"
        />
        <Honeypot value={draft.website} onChange={(value) => set("website", value)} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={busy}>
            {t("feedback.form.cancel")}
          </Button>
          <Button type="submit" loading={busy} data-testid="feedback-submit">
            {t("feedback.form.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
