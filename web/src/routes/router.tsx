import { createRootRoute, createRoute, createRouter, lazyRouteComponent } from "@tanstack/react-router";
import { AppLayout } from "../components/AppLayout";
import { validateEvaluationSearch, validateResultsSearch, validateRoundSearch } from "../components/evaluation/search";
import {
  validateIndicatorSearch,
  validateMonitoringSearch,
  validateProgramMonitoringSearch,
} from "../components/monitoring/search";
import { AcceptInvitationPage } from "../pages/AcceptInvitationPage";
import { AssessorPage } from "../pages/AssessorPage";
import { AuditPage } from "../pages/AuditPage";
import { CandidatePage } from "../pages/CandidatePage";
import { CohortPage } from "../pages/CohortPage";
import { CohortsPage } from "../pages/CohortsPage";
import { EvaluationPage } from "../pages/EvaluationPage";
import { EvaluationResultsPage } from "../pages/EvaluationResultsPage";
import { EvaluationRoundPage } from "../pages/EvaluationRoundPage";
import { EvaluationRoundsPage } from "../pages/EvaluationRoundsPage";
import { ForgotPasswordPage } from "../pages/ForgotPasswordPage";
import { FrameworkPage } from "../pages/FrameworkPage";
import { HomePage } from "../pages/HomePage";
import { IndicatorCatalogPage } from "../pages/IndicatorCatalogPage";
import { IndicatorDetailPage } from "../pages/IndicatorDetailPage";
import { MasterplanPage } from "../pages/MasterplanPage";
import { MentorPage } from "../pages/MentorPage";
import { MonitoringPage } from "../pages/MonitoringPage";
import { MonitoringProgramPage } from "../pages/MonitoringProgramPage";
import { NotFoundPage } from "../pages/NotFoundPage";
import { NotificationSettingsPage } from "../pages/NotificationSettingsPage";
import { NotificationsPage } from "../pages/NotificationsPage";
import { OpdPage } from "../pages/OpdPage";
import { OutboxPage } from "../pages/OutboxPage";
import { ProfilePage } from "../pages/ProfilePage";
import { RegionDetailPage } from "../pages/RegionDetailPage";
import { RegionsPage } from "../pages/RegionsPage";
import { ResetPasswordPage } from "../pages/ResetPasswordPage";
import { SignInPage } from "../pages/SignInPage";
import { TasksPage } from "../pages/TasksPage";
import { UsersPage } from "../pages/UsersPage";
import {
  parseSearch,
  stringifySearch,
  validateAuditSearch,
  validateCandidateSearch,
  validateCohortSearch,
  validateFrameworkSearch,
  validateMasterplanSearch,
  validateNotificationsSearch,
  validatePageSearch,
  validateRegionSearch,
  validateSignInSearch,
  validateTokenSearch,
  validateUsersSearch,
} from "./search";

// Code-based routes: the tree is small and readable here, and needs no generator in the build.
const rootRoute = createRootRoute({ component: AppLayout, notFoundComponent: NotFoundPage });

const homeRoute = createRoute({ getParentRoute: () => rootRoute, path: "/", component: HomePage });

// ECharts and the boundary files load only with this page, never in the main bundle.
const nationalMapRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/nasional",
  component: lazyRouteComponent(() => import("../pages/NationalMapPage"), "NationalMapPage"),
});

const regionsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/wilayah",
  validateSearch: validateRegionSearch,
  component: RegionsPage,
});

const regionRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/wilayah/$code",
  component: RegionDetailPage,
});

const frameworkRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/kerangka",
  validateSearch: validateFrameworkSearch,
  component: FrameworkPage,
});

const opdRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/wilayah/$code/opd",
  component: OpdPage,
});

// Signing in and the e-mailed links: usable while signed out.
const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/masuk",
  validateSearch: validateSignInSearch,
  component: SignInPage,
});

const forgotPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/lupa-sandi",
  component: ForgotPasswordPage,
});

const resetPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/atur-ulang-sandi",
  validateSearch: validateTokenSearch,
  component: ResetPasswordPage,
});

const invitationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/undangan/$token",
  component: AcceptInvitationPage,
});

// Signed-in pages: each checks the session and its own permission.
const profileRoute = createRoute({ getParentRoute: () => rootRoute, path: "/profil", component: ProfilePage });

// What waits for the person (where they land after signing in), and what happened around them.
const tasksRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/tugas",
  validateSearch: validatePageSearch,
  component: TasksPage,
});

const notificationsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/notifikasi",
  validateSearch: validateNotificationsSearch,
  component: NotificationsPage,
});

const notificationSettingsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/notifikasi/pengaturan",
  component: NotificationSettingsPage,
});

const usersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/pengguna",
  validateSearch: validateUsersSearch,
  component: UsersPage,
});

const auditRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/audit",
  validateSearch: validateAuditSearch,
  component: AuditPage,
});

const outboxRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/kotak-keluar",
  validateSearch: validatePageSearch,
  component: OutboxPage,
});

// The program: cohorts, their candidate regions, and the assessors' and mentors' own lists.
const cohortsRoute = createRoute({ getParentRoute: () => rootRoute, path: "/angkatan", component: CohortsPage });

const cohortRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/angkatan/$id",
  validateSearch: validateCohortSearch,
  component: CohortPage,
});

const candidateRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/kandidat/$id",
  validateSearch: validateCandidateSearch,
  component: CandidatePage,
});

const assessorRoute = createRoute({ getParentRoute: () => rootRoute, path: "/penilaian", component: AssessorPage });

const mentorRoute = createRoute({ getParentRoute: () => rootRoute, path: "/dampingan", component: MentorPage });

const masterplanRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/masterplan/$id",
  validateSearch: validateMasterplanSearch,
  component: MasterplanPage,
});

// Monitoring of an enacted plan, one program's monitoring, and the indicator catalogue.
const monitoringRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/masterplan/$id/monitoring",
  validateSearch: validateMonitoringSearch,
  component: MonitoringPage,
});

const monitoringProgramRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/masterplan/$id/monitoring/program/$programId",
  validateSearch: validateProgramMonitoringSearch,
  component: MonitoringProgramPage,
});

const indicatorsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/indikator",
  validateSearch: validateIndicatorSearch,
  component: IndicatorCatalogPage,
});

const indicatorRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/indikator/$id",
  component: IndicatorDetailPage,
});

// Evaluation rounds: the program office's rounds, a region's evaluation, and the national table.
const evaluationRoundsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/evaluasi",
  component: EvaluationRoundsPage,
});

const evaluationResultsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/evaluasi/hasil",
  validateSearch: validateResultsSearch,
  component: EvaluationResultsPage,
});

const evaluationRoundRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/evaluasi/$id",
  validateSearch: validateRoundSearch,
  component: EvaluationRoundPage,
});

const evaluationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/evaluasi/wilayah/$id",
  validateSearch: validateEvaluationSearch,
  component: EvaluationPage,
});

const routeTree = rootRoute.addChildren([
  homeRoute,
  regionsRoute,
  regionRoute,
  nationalMapRoute,
  opdRoute,
  frameworkRoute,
  signInRoute,
  forgotPasswordRoute,
  resetPasswordRoute,
  invitationRoute,
  profileRoute,
  tasksRoute,
  notificationsRoute,
  notificationSettingsRoute,
  usersRoute,
  auditRoute,
  outboxRoute,
  cohortsRoute,
  cohortRoute,
  candidateRoute,
  assessorRoute,
  mentorRoute,
  masterplanRoute,
  monitoringRoute,
  monitoringProgramRoute,
  indicatorsRoute,
  indicatorRoute,
  evaluationRoundsRoute,
  evaluationResultsRoute,
  evaluationRoundRoute,
  evaluationRoute,
]);

export const router = createRouter({
  routeTree,
  parseSearch,
  stringifySearch,
  scrollRestoration: true,
  defaultNotFoundComponent: NotFoundPage,
});

declare module "@tanstack/react-router" {
  interface Register {
    router: typeof router;
  }
}
