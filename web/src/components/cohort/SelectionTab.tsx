import { Alert, Button, Group, Paper, Skeleton, Stack, Text, TextInput, Title } from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CandidateOut, CohortOut, RankedOut } from "../../../../domain/cohort-api";
import { ApiError, hasCode } from "../../api/client";
import { candidatesQuery, rankingQuery, saveSelection } from "../../api/cohorts";
import { useFormatDate, useFormatNumber } from "../../i18n/format";
import { useDomainLabels } from "../../i18n/labels";
import { QueryErrorState } from "../AccessStates";
import { ConfirmDialog, type ConfirmRequest } from "../ConfirmDialog";
import { useErrorText } from "../ErrorState";
import { Notice, type NoticeMessage } from "../Notice";
import { RankingTable } from "./RankingTable";

/** Seleksi: the ranking, and for the admin the choice with reasons, the result letter and publication. */
export function SelectionTab({ cohort }: { cohort: CohortOut }) {
  const { t } = useTranslation();
  const { date } = useFormatDate();
  const ranking = useQuery(rankingQuery(cohort.id));
  const candidates = useQuery(candidatesQuery(cohort.id));

  if (ranking.isPending || candidates.isPending) {
    return (
      <Stack gap="xs" aria-busy>
        {[1, 2, 3, 4].map((n) => (
          <Skeleton key={n} height={36} />
        ))}
      </Stack>
    );
  }
  if (ranking.isError) return <QueryErrorState error={ranking.error} onRetry={() => void ranking.refetch()} />;
  if (candidates.isError) {
    return <QueryErrorState error={candidates.error} onRetry={() => void candidates.refetch()} />;
  }
  const rows = ranking.data.data;
  if (rows.length === 0) {
    return (
      <Paper withBorder p="xl" radius="md" ta="center">
        <Text role="status">{t("selection.empty")}</Text>
      </Paper>
    );
  }
  const storedReasons = Object.fromEntries(candidates.data.map((c) => [c.id, c.selectionReason]));

  if (cohort.selectionPublishedAt) {
    return (
      <Stack gap="md">
        <Alert color="green" variant="light" title={t("selection.publishedTitle")} data-testid="selection-published">
          {cohort.resultLetterNumber &&
            cohort.resultLetterDate &&
            t("selection.publishedLetter", {
              number: cohort.resultLetterNumber,
              date: date(cohort.resultLetterDate),
            })}
        </Alert>
        <QuotaLine quota={ranking.data.quota} selected={cohort.counts.selected} />
        <RankingTable rows={rows} storedReasons={storedReasons} />
      </Stack>
    );
  }

  if (!cohort.can.manage || cohort.status !== "selection") {
    return <ReadOnlyRanking cohort={cohort} rows={rows} quota={ranking.data.quota} />;
  }
  return <SelectionForm key={cohort.id} cohort={cohort} rows={rows} candidates={candidates.data} />;
}

function QuotaLine({ quota, selected }: { quota: number; selected?: number }) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  return (
    <Text fw={500} role="status" data-testid="selection-quota">
      {selected === undefined
        ? t("selection.quotaOnly", { quota: formatNumber(quota) })
        : t("selection.quotaLine", { quota: formatNumber(quota), selected: formatNumber(selected) })}
    </Text>
  );
}

function ReadOnlyRanking({ cohort, rows, quota }: { cohort: CohortOut; rows: RankedOut[]; quota: number }) {
  const { t } = useTranslation();
  const labels = useDomainLabels();
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {cohort.can.manage
          ? t("selection.wrongPhase", { status: labels.cohortStatus(cohort.status) })
          : t("selection.readOnlyHint")}
      </Text>
      <QuotaLine quota={quota} />
      <RankingTable rows={rows} />
    </Stack>
  );
}

type Problem = { code: "over_quota" | "reason_required" | "not_ranked"; candidateId?: number };

/**
 * The draft selection starts from the ranking: the top `quota` ticked. A saved draft keeps only its reasons,
 * and a reason tells which way the row deviated (ticked outside the quota, or unticked inside it).
 */
function initialSelection(rows: RankedOut[], candidates: CandidateOut[]): Set<number> {
  const reasonOf = (id: number) => candidates.find((c) => c.id === id)?.selectionReason?.trim();
  return new Set(
    rows.filter((r) => (reasonOf(r.candidateId) ? !r.withinQuota : r.withinQuota)).map((r) => r.candidateId),
  );
}

function SelectionForm({
  cohort,
  rows,
  candidates,
}: {
  cohort: CohortOut;
  rows: RankedOut[];
  candidates: CandidateOut[];
}) {
  const { t } = useTranslation();
  const { date } = useFormatDate();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [selected, setSelected] = useState(() => initialSelection(rows, candidates));
  const [reasons, setReasons] = useState<Record<number, string>>(() =>
    Object.fromEntries(candidates.filter((c) => c.selectionReason).map((c) => [c.id, c.selectionReason ?? ""])),
  );
  const [letterNumber, setLetterNumber] = useState(cohort.resultLetterNumber ?? "");
  const [letterDate, setLetterDate] = useState(cohort.resultLetterDate ?? "");
  const [errors, setErrors] = useState<Record<number, string>>({});
  const [signatoryName, setSignatoryName] = useState(cohort.resultLetterSignatoryName ?? "");
  const [signatoryNip, setSignatoryNip] = useState(cohort.resultLetterSignatoryNip ?? "");
  const [letterErrors, setLetterErrors] = useState<{ number?: string; date?: string; name?: string; nip?: string }>({});
  const [overQuota, setOverQuota] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);
  const [busy, setBusy] = useState(false);

  const quota = cohort.quota;
  const deviating = rows.filter((r) => selected.has(r.candidateId) !== r.withinQuota);

  const body = (publish: boolean) => ({
    selected: rows.filter((r) => selected.has(r.candidateId)).map((r) => r.candidateId),
    // Only the reasons of rows that deviate now; a reason left over from an earlier choice would mislead.
    reasons: Object.fromEntries(
      deviating
        .filter((r) => reasons[r.candidateId]?.trim())
        .map((r) => [String(r.candidateId), reasons[r.candidateId]?.trim() ?? ""]),
    ),
    ...(letterNumber.trim() ? { resultLetterNumber: letterNumber.trim() } : {}),
    ...(letterDate ? { resultLetterDate: letterDate } : {}),
    ...(signatoryName.trim() ? { resultLetterSignatoryName: signatoryName.trim() } : {}),
    ...(signatoryNip.trim() ? { resultLetterSignatoryNip: signatoryNip.trim() } : {}),
    publish,
  });

  const check = (publish: boolean): boolean => {
    const missing: Record<number, string> = {};
    for (const r of deviating)
      if (!reasons[r.candidateId]?.trim()) missing[r.candidateId] = t("selection.reasonRequired");
    const signatory = {
      name: signatoryName.trim() && signatoryName.trim().length < 3 ? t("selection.signatoryNameShort") : undefined,
      nip: signatoryNip.trim() && !/^\d{18}$/.test(signatoryNip.trim()) ? t("selection.nipInvalid") : undefined,
    };
    const letter = publish
      ? {
          number: letterNumber.trim() ? undefined : t("selection.letterRequired"),
          date: letterDate ? undefined : t("selection.letterRequired"),
          ...signatory,
        }
      : signatory;
    setErrors(missing);
    setLetterErrors(letter);
    setOverQuota(selected.size > quota);
    return Object.keys(missing).length === 0 && !Object.values(letter).some(Boolean) && selected.size <= quota;
  };

  // The server's verdict, row by row (it checks the same rules against the ranking it computes).
  const showProblems = (cause: unknown) => {
    if (!(cause instanceof ApiError) || !hasCode(cause, "selection_invalid")) return;
    const problems = ((cause.details as { problems?: Problem[] } | undefined)?.problems ?? []) as Problem[];
    const byRow: Record<number, string> = {};
    for (const p of problems) {
      if (p.candidateId === undefined) continue;
      byRow[p.candidateId] = p.code === "not_ranked" ? t("selection.notRanked") : t("selection.reasonRequired");
    }
    setErrors(byRow);
    setOverQuota(problems.some((p) => p.code === "over_quota"));
  };

  const refresh = () => queryClient.invalidateQueries({ queryKey: ["cohorts"] });

  const saveDraft = async () => {
    setFailure(null);
    if (!check(false)) return;
    setBusy(true);
    try {
      await saveSelection(cohort.id, body(false));
      setNotice({ text: t("selection.saved") });
      await refresh();
    } catch (cause) {
      showProblems(cause);
      setFailure(cause);
    } finally {
      setBusy(false);
    }
  };

  const askPublish = () => {
    setFailure(null);
    if (!check(true)) return;
    setConfirm({
      title: t("selection.confirmTitle"),
      message: t("selection.confirm", {
        number: letterNumber.trim(),
        date: date(letterDate),
        count: selected.size,
      }),
      confirmLabel: t("selection.confirmButton"),
      color: "blue",
      confirmTestId: "confirm-publish",
      action: async () => {
        try {
          await saveSelection(cohort.id, body(true));
        } catch (cause) {
          showProblems(cause);
          throw cause;
        }
        setNotice({ text: t("selection.published") });
        await refresh();
      },
    });
  };

  return (
    <Stack gap="md">
      <Notice notice={notice} onClose={() => setNotice(null)} />
      <Group justify="space-between" align="center">
        <QuotaLine quota={quota} selected={selected.size} />
      </Group>
      {overQuota && (
        <Alert color="red" variant="light" role="alert" data-testid="selection-over-quota">
          {t("selection.overQuota")}
        </Alert>
      )}
      <RankingTable
        rows={rows}
        choice={{
          selected,
          reasons,
          errors,
          onToggle: (id, on) =>
            setSelected((prev) => {
              const next = new Set(prev);
              if (on) next.add(id);
              else next.delete(id);
              return next;
            }),
          onReason: (id, text) => setReasons((prev) => ({ ...prev, [id]: text })),
        }}
      />
      <Paper withBorder p="md" radius="md">
        <Stack gap="sm">
          <Title order={2} size="h5">
            {t("selection.title")}
          </Title>
          <Group grow align="flex-start">
            <TextInput
              label={t("selection.letterNumber")}
              placeholder={t("selection.letterNumberPlaceholder")}
              value={letterNumber}
              onChange={(event) => setLetterNumber(event.currentTarget.value)}
              error={letterErrors.number}
              data-testid="selection-letter-number"
            />
            <TextInput
              type="date"
              label={t("selection.letterDate")}
              value={letterDate}
              onChange={(event) => setLetterDate(event.currentTarget.value)}
              error={letterErrors.date}
              data-testid="selection-letter-date"
            />
          </Group>
          <Group grow align="flex-start">
            <TextInput
              label={t("selection.signatoryName")}
              value={signatoryName}
              onChange={(event) => setSignatoryName(event.currentTarget.value)}
              error={letterErrors.name}
              autoComplete="off"
              data-testid="selection-signatory-name"
            />
            <TextInput
              label={t("selection.signatoryNip")}
              description={t("selection.signatoryNipHint")}
              value={signatoryNip}
              onChange={(event) => setSignatoryNip(event.currentTarget.value)}
              error={letterErrors.nip}
              inputMode="numeric"
              maxLength={18}
              autoComplete="off"
              data-testid="selection-signatory-nip"
            />
          </Group>
          {failure !== null && (
            <Alert color="red" variant="light" role="alert" data-testid="selection-error">
              {errorText(failure)}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => void saveDraft()} loading={busy} data-testid="selection-save">
              {t("selection.saveDraft")}
            </Button>
            <Button onClick={askPublish} disabled={busy} data-testid="selection-publish">
              {t("selection.publish")}
            </Button>
          </Group>
        </Stack>
      </Paper>
      <ConfirmDialog request={confirm} onClose={() => setConfirm(null)} />
    </Stack>
  );
}
