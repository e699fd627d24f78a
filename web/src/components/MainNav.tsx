import { Badge, VisuallyHidden } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { Link, useLocation } from "@tanstack/react-router";
import type { Ref } from "react";
import { useTranslation } from "react-i18next";
import { cohortsQuery } from "../api/cohorts";
import { feedbackQueueCountQuery } from "../api/feedback";
import { coordinatedRegions, isNationalAdmin, type Me, meQuery, type RegionRef } from "../api/session";
import { taskCountQuery } from "../api/tasks";
import classes from "./AppLayout.module.css";

/** The program places of the person: Angkatan (admin, or anyone with a visible cohort), Penilaian, Dampingan. */
function useProgramNav(me: Me | null) {
  const admin = isNationalAdmin(me);
  const cohorts = useQuery({ ...cohortsQuery(), enabled: Boolean(me) && !admin });
  const roles = new Set(me?.data.memberships.map((m) => m.role) ?? []);
  return {
    cohorts: admin || (cohorts.data?.length ?? 0) > 0,
    assessments: roles.has("assessor"),
    mentoring: roles.has("mentor"),
  };
}

/** How many places the signed-in person adds to the navigation (beyond the public ones). */
export function useExtraNavCount(): number {
  const me = useQuery(meQuery()).data ?? null;
  const program = useProgramNav(me);
  return (
    Number(program.cohorts) +
    // Perlu Tindakan and Evaluasi.
    2 * Number(Boolean(me)) +
    Number(program.assessments) +
    Number(program.mentoring) +
    // OPD and Masukan warga of each coordinated region.
    2 * coordinatedRegions(me).length +
    // Kelola Data Terbuka.
    Number(isNationalAdmin(me)) +
    Number(Boolean(me?.can.manageUsers)) +
    Number(Boolean(me?.can.readAudit)) +
    Number(Boolean(me?.can.readOutbox))
  );
}

type MainNavProps = { vertical?: boolean; onNavigate?: () => void; ref?: Ref<HTMLElement> };

/** The product's places; the router marks the current one with aria-current="page". */
export function MainNav({ vertical = false, onNavigate, ref }: MainNavProps) {
  const { t } = useTranslation();
  // Places that need a role appear only when /api/me says the person may reach them.
  const me = useQuery(meQuery()).data ?? null;
  const regions = coordinatedRegions(me);
  const program = useProgramNav(me);
  // On a region's OPD page that has its own nav item, only that item is the current place.
  const pathname = useLocation({ select: (l) => l.pathname });
  const onOwnOpdPage = regions.some(
    (r) => pathname === `/wilayah/${r.code}/opd` || pathname === `/wilayah/${r.code}/masukan`,
  );
  const admin = isNationalAdmin(me);

  return (
    <nav
      ref={ref}
      aria-label={t("app.mainNavigation")}
      data-testid="main-nav"
      className={vertical ? classes.vertical : undefined}
    >
      <Link to="/" className={classes.link} activeOptions={{ exact: true }} onClick={onNavigate}>
        {t("nav.home")}
      </Link>
      {me && <TasksLink onNavigate={onNavigate} />}
      <Link to="/wilayah" className={classes.link} activeOptions={{ exact: onOwnOpdPage }} onClick={onNavigate}>
        {t("nav.regions")}
      </Link>
      <Link to="/nasional" className={classes.link} onClick={onNavigate} data-testid="nav-national-map">
        {t("nav.nationalMap")}
      </Link>
      <Link to="/kerangka" className={classes.link} onClick={onNavigate}>
        {t("nav.framework")}
      </Link>
      <Link to="/indikator" className={classes.link} onClick={onNavigate} data-testid="nav-indicators">
        {t("nav.indicators")}
      </Link>
      <Link
        to="/data"
        className={classes.link}
        activeOptions={{ exact: admin && pathname === "/data/kelola" }}
        onClick={onNavigate}
        data-testid="nav-open-data"
      >
        {t("openData.nav")}
      </Link>
      {program.cohorts && (
        <Link to="/angkatan" className={classes.link} onClick={onNavigate} data-testid="nav-cohorts">
          {t("nav.cohorts")}
        </Link>
      )}
      {me && (
        <Link to="/evaluasi" className={classes.link} onClick={onNavigate} data-testid="nav-evaluation">
          {t("evaluation.nav")}
        </Link>
      )}
      {program.assessments && (
        <Link to="/penilaian" className={classes.link} onClick={onNavigate} data-testid="nav-assessments">
          {t("nav.assessments")}
        </Link>
      )}
      {program.mentoring && (
        <Link to="/dampingan" className={classes.link} onClick={onNavigate} data-testid="nav-mentoring">
          {t("nav.mentoring")}
        </Link>
      )}
      {regions.map((region) => (
        <Link
          key={region.code}
          to="/wilayah/$code/opd"
          params={{ code: region.code }}
          className={classes.link}
          onClick={onNavigate}
          data-testid="nav-opd"
        >
          {regions.length === 1 ? t("nav.opd") : t("nav.opdOf", { region: region.name })}
        </Link>
      ))}
      {regions.map((region) => (
        <FeedbackQueueLink key={region.code} region={region} only={regions.length === 1} onNavigate={onNavigate} />
      ))}
      {admin && (
        <Link to="/data/kelola" className={classes.link} onClick={onNavigate} data-testid="nav-open-data-manage">
          {t("openData.manageNav")}
        </Link>
      )}
      {me?.can.manageUsers && (
        <Link to="/pengguna" className={classes.link} onClick={onNavigate} data-testid="nav-users">
          {t("nav.users")}
        </Link>
      )}
      {me?.can.readAudit && (
        <Link to="/audit" className={classes.link} onClick={onNavigate} data-testid="nav-audit">
          {t("nav.audit")}
        </Link>
      )}
      {me?.can.readOutbox && (
        <Link to="/kotak-keluar" className={classes.link} onClick={onNavigate} data-testid="nav-outbox">
          {t("nav.outbox")}
        </Link>
      )}
      <a href="/api/docs" className={classes.link} target="_blank" rel="noopener">
        {t("nav.apiDocs")}
        <span aria-hidden="true">↗</span>
        <VisuallyHidden>{t("app.opensInNewTab")}</VisuallyHidden>
      </a>
    </nav>
  );
}

/** Perlu Tindakan with the number of waiting tasks, kept fresh every minute and on focus. */
function TasksLink({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const count = useQuery(taskCountQuery(true)).data ?? 0;
  return (
    <Link
      to="/tugas"
      className={classes.link}
      onClick={onNavigate}
      data-testid="nav-tasks"
      aria-label={count > 0 ? t("tasks.navCount", { count }) : undefined}
    >
      {t("tasks.nav")}
      {count > 0 && (
        <Badge size="sm" circle={count < 10} color="red" aria-hidden="true" data-testid="nav-tasks-count">
          {count > 99 ? "99+" : count}
        </Badge>
      )}
    </Link>
  );
}

/** Masukan warga of a coordinated region, with the number of feedback awaiting moderation. */
function FeedbackQueueLink({
  region,
  only,
  onNavigate,
}: {
  region: RegionRef;
  only: boolean;
  onNavigate?: () => void;
}) {
  const { t } = useTranslation();
  const count = useQuery(feedbackQueueCountQuery(region.code, true)).data ?? 0;
  const label = only ? t("feedback.queue.nav") : t("feedback.queue.navOf", { region: region.name });
  return (
    <Link
      to="/wilayah/$code/masukan"
      params={{ code: region.code }}
      className={classes.link}
      onClick={onNavigate}
      data-testid="nav-feedback"
      aria-label={count > 0 ? t("feedback.queue.navCount", { label, count }) : undefined}
    >
      {label}
      {count > 0 && (
        <Badge size="sm" circle={count < 10} color="yellow" aria-hidden="true" data-testid="nav-feedback-count">
          {count > 99 ? "99+" : count}
        </Badge>
      )}
    </Link>
  );
}
