import { Alert, Button, Group, Modal, NumberInput, Paper, Skeleton, Stack, Text, Title } from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, fieldErrors } from "../../api/client";
import { createMasterplan, masterplanListQuery } from "../../api/masterplans";
import { useErrorText } from "../ErrorState";
import { ButtonLink } from "../RouterLinks";
import { MasterplanStatusBadge } from "./MasterplanStatusBadge";

/** "Masterplan" on the region page: the region's plans, and starting one when `can.create`. */
export function RegionMasterplans({ code, regionName }: { code: string; regionName: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const list = useQuery({ ...masterplanListQuery(code), retry: false });
  const [open, setOpen] = useState(false);
  // Not the person's workspace: the section is simply not there.
  if (list.error instanceof ApiError && (list.error.status === 404 || list.error.status === 403)) return null;

  return (
    <Paper
      withBorder
      p="lg"
      radius="md"
      component="section"
      aria-labelledby="region-masterplans"
      data-testid="region-masterplans"
    >
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="region-masterplans">
          {t("masterplan.section")}
        </Title>
        {list.data?.can.create && (
          <Button size="sm" onClick={() => setOpen(true)} data-testid="masterplan-create-open">
            {t("masterplan.createOpen")}
          </Button>
        )}
      </Group>
      {list.isPending ? (
        <Skeleton height={40} />
      ) : list.isError ? (
        <Text size="sm" c="red">
          {errorText(list.error)}
        </Text>
      ) : list.data.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("masterplan.empty")}
        </Text>
      ) : (
        <Stack gap="xs">
          {list.data.data.map((p) => (
            <Group key={p.id} justify="space-between" data-testid="region-masterplan">
              <Group gap="xs">
                <Text fw={500}>{p.title}</Text>
                <MasterplanStatusBadge status={p.status} />
                <Text size="sm" c="dimmed">
                  {t("masterplan.period", { start: p.periodStart, end: p.periodEnd })}
                </Text>
              </Group>
              <ButtonLink
                to="/masterplan/$id"
                params={{ id: String(p.id) }}
                size="compact-sm"
                variant="light"
                data-testid={`masterplan-open-${p.id}`}
              >
                {t("masterplan.open")}
              </ButtonLink>
            </Group>
          ))}
        </Stack>
      )}
      <Modal opened={open} onClose={() => setOpen(false)} title={t("masterplan.createTitle")}>
        {open && <CreateForm code={code} regionName={regionName} onCancel={() => setOpen(false)} />}
      </Modal>
    </Paper>
  );
}

function CreateForm({ code, regionName, onCancel }: { code: string; regionName: string; onCancel: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const client = useQueryClient();
  const thisYear = new Date().getFullYear();
  const [start, setStart] = useState<number>(thisYear);
  const [end, setEnd] = useState<number | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const periodEnd = end ?? start + 9;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    setFailure(null);
    setBusy(true);
    try {
      const created = await createMasterplan(code, {
        title: t("masterplan.defaultTitle", { region: regionName, start, end: periodEnd }),
        periodStart: start,
        periodEnd,
      });
      void client.invalidateQueries({ queryKey: ["masterplans", "list", code] });
      void navigate({ to: "/masterplan/$id", params: { id: String(created.data.id) } });
    } catch (cause) {
      const fields = fieldErrors(cause);
      if (Object.keys(fields).length > 0) setErrors(fields);
      else setFailure(cause);
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="sm">
        <Group grow>
          <NumberInput
            label={t("masterplan.periodStart")}
            value={start}
            onChange={(v) => setStart(Number(v) || thisYear)}
            min={2000}
            max={2100}
            thousandSeparator=""
            allowDecimal={false}
            error={errors.periodStart}
            data-autofocus
            data-testid="masterplan-create-start"
          />
          <NumberInput
            label={t("masterplan.periodEnd")}
            value={periodEnd}
            onChange={(v) => setEnd(v === "" ? null : Number(v))}
            min={2000}
            max={2100}
            thousandSeparator=""
            allowDecimal={false}
            error={errors.periodEnd}
            data-testid="masterplan-create-end"
          />
        </Group>
        <Text size="xs" c="dimmed">
          {t("masterplan.periodHint")}
        </Text>
        {(failure !== null || errors.title) && (
          <Alert color="red" variant="light" role="alert">
            {errors.title ?? errorText(failure)}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={busy}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={busy} data-testid="masterplan-create-submit">
            {t("masterplan.createSubmit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
