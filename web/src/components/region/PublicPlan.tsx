import { Accordion, Badge, Group, List, Paper, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { BOOK_INFO, BOOKS, documentFileName } from "../../../../domain/documents";
import type { PublicRegionOut } from "../../api/public-region";
import { inLanguage, useFormatDate } from "../../i18n/format";
import { DownloadButtons } from "../DocumentDownloads";
import { Fact } from "../Fact";
import { FeedbackButton } from "../feedback/FeedbackButton";
import { type FeedbackSubject, subjectKey } from "../feedback/types";
import { LIGHT_COLORS, PROGRESS_COLORS, useMonitoringLabels } from "../monitoring/labels";
import { RuleText } from "./RuleText";

type Plan = NonNullable<PublicRegionOut["masterplan"]>;

/** The "Beri masukan" buttons of the rows: published counts per subject, and what opens the form. */
export type FeedbackHooks = { counts: Map<string, number>; onOpen: (subject: FeedbackSubject) => void };

/** The button under a program's or quick win's name, so it stays in view when the table scrolls on a phone. */
function RowFeedback({ subject, feedback }: { subject: FeedbackSubject; feedback?: FeedbackHooks }) {
  if (!feedback) return null;
  return (
    <div data-print="hide" style={{ marginTop: 6 }}>
      <FeedbackButton
        subject={subject}
        count={feedback.counts.get(subjectKey(subject)) ?? 0}
        onOpen={feedback.onOpen}
      />
    </div>
  );
}

/** Title, period, Perkada, vision and missions of the enacted plan, and its books to download. */
export function PublicPlanOverview({ plan, regionName }: { plan: Plan; regionName: string }) {
  const { t } = useTranslation();
  const { date } = useFormatDate();
  const labels = useMonitoringLabels();
  const books = BOOKS.map((book) => ({
    book,
    formats: plan.documents
      .filter((d) => d.book === book)
      .map((d) => ({
        format: d.format,
        url: d.href,
        fileName: documentFileName(
          book,
          { regionName, periodStart: plan.periodStart, periodEnd: plan.periodEnd },
          d.format,
        ),
      })),
  })).filter((b) => b.formats.length);
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="pr-plan" data-print="section">
      <Text size="sm" c="dimmed" fw={600} tt="uppercase">
        {t("publicRegion.planTitle")}
      </Text>
      <Title order={2} size="h3" id="pr-plan" mb="md" data-testid="public-plan-title">
        {plan.title}
      </Title>
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="md" m={0} mb="md">
        <Fact label={t("publicRegion.period")}>
          {plan.periodStart}–{plan.periodEnd}
        </Fact>
        <Fact label={t("publicRegion.perkada")}>
          {plan.perkadaNumber
            ? t("publicRegion.perkadaValue", {
                number: plan.perkadaNumber,
                date: plan.perkadaDate ? date(plan.perkadaDate) : "—",
              })
            : "—"}
        </Fact>
      </SimpleGrid>
      <Title order={3} size="h4" mb={4}>
        {t("publicRegion.vision")}
      </Title>
      <Text mb="md" fs={plan.vision ? "italic" : undefined} c={plan.vision ? undefined : "dimmed"}>
        {plan.vision ?? t("publicRegion.noVision")}
      </Text>
      {plan.missions.length > 0 && (
        <>
          <Title order={3} size="h4" mb={4}>
            {t("publicRegion.missions")}
          </Title>
          <List type="ordered" spacing={4} mb="md">
            {plan.missions.map((m) => (
              <List.Item key={m}>{m}</List.Item>
            ))}
          </List>
        </>
      )}
      <div data-print="hide">
        <Title order={3} size="h4" mb="xs">
          {t("publicRegion.downloadsTitle")}
        </Title>
        <Stack gap={6}>
          {books.map((b) => (
            <Group key={b.book} justify="space-between" wrap="nowrap" gap="xs">
              <Text size="sm">
                {BOOK_INFO[b.book].label === BOOK_INFO[b.book].title.id
                  ? labels.pick(BOOK_INFO[b.book].title.id, BOOK_INFO[b.book].title.en)
                  : `${BOOK_INFO[b.book].label} · ${labels.pick(BOOK_INFO[b.book].title.id, BOOK_INFO[b.book].title.en)}`}
              </Text>
              <DownloadButtons
                title={labels.pick(BOOK_INFO[b.book].title.id, BOOK_INFO[b.book].title.en)}
                formats={b.formats}
                testId={`public-doc-${b.book}`}
              />
            </Group>
          ))}
        </Stack>
      </div>
    </Paper>
  );
}

/** Programs grouped by dimension, one accordion item per dimension with a table of its programs. */
export function PublicPrograms({ plan, feedback }: { plan: Plan; feedback?: FeedbackHooks }) {
  const { t } = useTranslation();
  const labels = useMonitoringLabels();
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="pr-programs" data-print="section">
      <Title order={2} size="h3" id="pr-programs" mb="sm">
        {t("publicRegion.programsTitle")}
      </Title>
      <Accordion multiple variant="separated" defaultValue={plan.dimensions.slice(0, 1).map((d) => d.code)}>
        {plan.dimensions.map((d) => (
          <Accordion.Item key={d.code} value={d.code}>
            <Accordion.Control>
              <Group justify="space-between" wrap="nowrap" pr="sm">
                <Text fw={600}>{inLanguage(labels.lang, d.nameId, d.nameEn)}</Text>
                <Text size="sm" c="dimmed" style={{ whiteSpace: "nowrap" }}>
                  {t("publicRegion.programsCount", { count: d.programs.length })}
                </Text>
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              {d.programs.length === 0 ? (
                <Text c="dimmed" size="sm">
                  {t("publicRegion.noPrograms")}
                </Text>
              ) : (
                <Table.ScrollContainer minWidth={560}>
                  <Table striped>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">{t("publicRegion.code")}</Table.Th>
                        <Table.Th scope="col">{t("publicRegion.program")}</Table.Th>
                        <Table.Th scope="col">{t("publicRegion.owner")}</Table.Th>
                        <Table.Th scope="col">{t("publicRegion.years")}</Table.Th>
                        <Table.Th scope="col" ta="right">
                          {t("publicRegion.budget")}
                        </Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {d.programs.map((p) => (
                        <Table.Tr key={p.code}>
                          <Table.Td ff="monospace">{p.code}</Table.Td>
                          <Table.Th scope="row" fw={500}>
                            {p.name}
                            <RowFeedback subject={{ kind: "program", id: p.id, title: p.name }} feedback={feedback} />
                          </Table.Th>
                          <Table.Td>{p.ownerOpd ?? "—"}</Table.Td>
                          <Table.Td style={{ whiteSpace: "nowrap" }}>
                            {p.startYear}–{p.endYear}
                          </Table.Td>
                          <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                            {labels.rupiah(p.budgetTotal)}
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )}
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
      <RuleText rule="programBudget" />
    </Paper>
  );
}

/** The quick-win tracker: each quick win with its last reported status and physical progress. */
export function PublicQuickWins({ plan, feedback }: { plan: Plan; feedback?: FeedbackHooks }) {
  const { t } = useTranslation();
  const labels = useMonitoringLabels();
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="pr-qw" data-print="section">
      <Title order={2} size="h3" id="pr-qw" mb="sm">
        {t("publicRegion.quickWinsTitle")}
      </Title>
      {plan.quickWins.length === 0 ? (
        <Text c="dimmed">{t("publicRegion.noQuickWins")}</Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table striped data-testid="quick-win-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("publicRegion.target")}</Table.Th>
                <Table.Th scope="col">{t("publicRegion.code")}</Table.Th>
                <Table.Th scope="col">{t("publicRegion.year")}</Table.Th>
                <Table.Th scope="col">{t("publicRegion.owner")}</Table.Th>
                <Table.Th scope="col">{t("publicRegion.status")}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t("publicRegion.progressPct")}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {plan.quickWins.map((q) => (
                <Table.Tr key={q.id}>
                  <Table.Th scope="row" fw={500}>
                    {q.target}
                    <RowFeedback subject={{ kind: "quick_win", id: q.id, title: q.target }} feedback={feedback} />
                  </Table.Th>
                  <Table.Td ff="monospace">{q.programCode}</Table.Td>
                  <Table.Td>{q.year}</Table.Td>
                  <Table.Td>{q.ownerOpd ?? "—"}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={PROGRESS_COLORS[q.status ?? "no_data"]}>
                      {q.status ? labels.progressStatus(q.status) : t("publicRegion.noStatus")}
                    </Badge>
                  </Table.Td>
                  <Table.Td ta="right">{labels.percent(q.physicalProgress)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <RuleText rule="quickWins" />
    </Paper>
  );
}

/** Indicators with their latest verified realisation against the target and the traffic light. */
export function PublicIndicators({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const labels = useMonitoringLabels();
  const items = plan.indicators.items;
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="pr-ind" data-print="section">
      <Title order={2} size="h3" id="pr-ind" mb="sm">
        {t("publicRegion.indicatorsTitle")}
      </Title>
      {items.every((i) => i.year === null) ? (
        <Text c="dimmed">{t("publicRegion.noIndicators")}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped data-testid="indicator-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("publicRegion.indicator")}</Table.Th>
                <Table.Th scope="col">{t("publicRegion.program")}</Table.Th>
                <Table.Th scope="col">{t("publicRegion.year")}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t("publicRegion.target")}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t("publicRegion.realisation")}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t("publicRegion.achievement")}
                </Table.Th>
                <Table.Th scope="col">{t("publicRegion.light")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((i) => (
                <Table.Tr key={`${i.programCode}:${i.code}`}>
                  <Table.Th scope="row" fw={500}>
                    {i.name}
                    <Text size="xs" c="dimmed">
                      {i.unit} · {labels.direction(i.direction)}
                    </Text>
                  </Table.Th>
                  <Table.Td ff="monospace" style={{ whiteSpace: "nowrap" }}>
                    {i.programCode}
                  </Table.Td>
                  <Table.Td>{i.year ?? "—"}</Table.Td>
                  <Table.Td ta="right">{labels.value(i.target)}</Table.Td>
                  <Table.Td ta="right">{labels.value(i.realisation)}</Table.Td>
                  <Table.Td ta="right">{labels.percent(i.achievement)}</Table.Td>
                  <Table.Td>
                    <Badge variant="dot" color={LIGHT_COLORS[i.light]}>
                      {labels.light(i.light)}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <RuleText rule="indicators" />
    </Paper>
  );
}
