import { Alert, Button, Flex, Group, Paper, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { FrameworkDetail } from "../../../../domain/framework/schemas";
import { hasCode } from "../../api/client";
import { frameworkWithCanQuery, useUpdateFramework } from "../../api/frameworks";
import { useErrorText } from "../ErrorState";
import { DimensionsEditor } from "./DimensionsEditor";
import { checkDef, defOf, type FieldErrors, type FrameworkForm, formOf, serverErrors } from "./framework-form";
import { GovernanceBodiesEditor } from "./GovernanceBodiesEditor";
import { StagesEditor } from "./StagesEditor";

type FrameworkEditorProps = { framework: FrameworkDetail; onDirtyChange: (dirty: boolean) => void };

/** The whole framework as one form: identity, dimensions with elements, stages with deliverables; saved at once. */
export function FrameworkEditor({ framework, onDirtyChange }: FrameworkEditorProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const client = useQueryClient();
  const update = useUpdateFramework(framework.id);
  const [form, setForm] = useState<FrameworkForm>(() => formOf(framework));
  const [baseline, setBaseline] = useState(() => JSON.stringify(defOf(formOf(framework))));
  const [revision, setRevision] = useState(framework.revision);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const alertRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  // Bumped on every refused save, so the first marked field takes the focus each time.
  const [attempt, setAttempt] = useState(0);

  const dirty = JSON.stringify(defOf(form)) !== baseline;
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  // A publish elsewhere on the page bumps the revision; an untouched form follows it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new revision from the server matters here
  useEffect(() => {
    if (!dirty && framework.revision !== revision) reset(framework);
  }, [framework.revision]);
  const problems = Object.keys(errors).length;
  useEffect(() => {
    if (failure !== null) alertRef.current?.focus();
  }, [failure]);
  useEffect(() => {
    if (attempt > 0) formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
  }, [attempt]);

  const reset = (fresh: FrameworkDetail) => {
    const next = formOf(fresh);
    setForm(next);
    setBaseline(JSON.stringify(defOf(next)));
    setRevision(fresh.revision);
    setErrors({});
    setFailure(null);
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const def = defOf(form);
    const found = checkDef(def, t);
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    update.mutate(
      { ...def, revision },
      {
        onSuccess: (body) => {
          reset(body.data);
          setSaved(true);
        },
        onError: (cause) => {
          const fields = serverErrors(cause);
          if (hasCode(cause, "framework_code_taken")) fields.code = errorText(cause);
          if (Object.keys(fields).length > 0) {
            setErrors(fields);
            setAttempt((n) => n + 1);
          } else setFailure(cause);
        },
      },
    );
  };

  const reload = async () => {
    const body = await client.fetchQuery({ ...frameworkWithCanQuery(framework.id), staleTime: 0 });
    reset(body.data);
  };

  const set = (field: "code" | "version" | "name" | "descriptionId" | "descriptionEn", value: string) =>
    setForm((f) => ({ ...f, [field]: value }));

  return (
    <form ref={formRef} onSubmit={save} noValidate aria-label={t("frameworkEdit.edit")} data-testid="framework-editor">
      <Stack gap="xl">
        <Section title={t("frameworkEdit.general")} id="fw-general">
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextInput
              label={t("frameworkEdit.code")}
              value={form.code}
              onChange={(e) => set("code", e.currentTarget.value)}
              error={errors.code}
              autoCapitalize="none"
            />
            <TextInput
              label={t("frameworkEdit.version")}
              value={form.version}
              onChange={(e) => set("version", e.currentTarget.value)}
              error={errors.version}
            />
            <TextInput
              label={t("frameworkEdit.name")}
              value={form.name}
              onChange={(e) => set("name", e.currentTarget.value)}
              error={errors.name}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" mt="sm">
            <Textarea
              label={t("frameworkEdit.descriptionId")}
              value={form.descriptionId}
              onChange={(e) => set("descriptionId", e.currentTarget.value)}
              error={errors.descriptionId}
              autosize
              minRows={2}
            />
            <Textarea
              label={t("frameworkEdit.descriptionEn")}
              value={form.descriptionEn}
              onChange={(e) => set("descriptionEn", e.currentTarget.value)}
              error={errors.descriptionEn}
              autosize
              minRows={2}
              lang="en"
            />
          </SimpleGrid>
        </Section>

        <Section title={t("frameworkEdit.dimensions")} id="fw-dimensions">
          <DimensionsEditor
            dimensions={form.dimensions}
            errors={errors}
            onChange={(dimensions) => setForm((f) => ({ ...f, dimensions }))}
          />
        </Section>

        <Section title={t("frameworkEdit.stages")} id="fw-stages">
          <StagesEditor
            stages={form.stages}
            errors={errors}
            onChange={(stages) => setForm((f) => ({ ...f, stages }))}
          />
        </Section>

        <Section title={t("frameworkEdit.governance")} id="fw-governance">
          <GovernanceBodiesEditor
            bodies={form.governanceBodies}
            errors={errors}
            onChange={(governanceBodies) => setForm((f) => ({ ...f, governanceBodies }))}
          />
        </Section>

        {failure !== null && (
          <Alert
            ref={alertRef}
            tabIndex={-1}
            color="red"
            variant="light"
            role="alert"
            title={t("frameworkEdit.conflictTitle")}
            data-testid="framework-conflict"
          >
            {hasCode(failure, "version_conflict")
              ? t("frameworkEdit.staleBody")
              : hasCode(failure, "framework_in_use")
                ? t("frameworkEdit.inUseBody")
                : errorText(failure)}
            {hasCode(failure, "version_conflict", "framework_in_use") && (
              <Group mt="sm">
                <Button size="xs" variant="default" onClick={() => void reload()}>
                  {t("frameworkEdit.reload")}
                </Button>
              </Group>
            )}
          </Alert>
        )}

        {/* The save bar stays in view while the long form scrolls; kept to one line on a phone. */}
        <Paper
          withBorder
          radius="md"
          p="xs"
          pos="sticky"
          bottom={0}
          style={{ zIndex: 5 }}
          shadow={dirty ? "md" : undefined}
        >
          <Flex direction={{ base: "column", sm: "row" }} gap={{ base: 4, sm: "sm" }} align={{ sm: "center" }}>
            <Group gap="xs" wrap="nowrap">
              <Button type="submit" size="sm" loading={update.isPending} data-testid="framework-save">
                {t("frameworkEdit.save")}
              </Button>
              <Button
                variant="default"
                size="sm"
                disabled={!dirty || update.isPending}
                onClick={() => reset(framework)}
              >
                {t("frameworkEdit.reset")}
              </Button>
            </Group>
            {problems > 0 ? (
              <Text size="sm" c="red" fw={500} role="alert" data-testid="framework-invalid">
                {t("frameworkEdit.invalidCount", { count: problems })}
              </Text>
            ) : (
              <Text size="sm" c={dirty ? "dimmed" : "green.8"} role="status" data-testid="framework-save-status">
                {dirty ? t("frameworkEdit.unsaved") : saved ? t("frameworkEdit.saved") : ""}
              </Text>
            )}
          </Flex>
        </Paper>
      </Stack>
    </form>
  );
}

function Section({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="md">
        {title}
      </Title>
      {children}
    </section>
  );
}
