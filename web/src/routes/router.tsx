import { createRootRoute, createRoute, createRouter, lazyRouteComponent } from "@tanstack/react-router";
import { AppLayout } from "../components/AppLayout";
import { validateEvaluationSearch, validateResultsSearch, validateRoundSearch } from "../components/evaluation/search";
import { validateFeedbackQueueSearch } from "../components/feedback/search";
import {
  validateIndicatorSearch,
  validateMonitoringSearch,
  validateProgramMonitoringSearch,
} from "../components/monitoring/search";
import { validateNationalMapSearch } from "../components/national/search";
import { validateDataSearch } from "../components/open-data/search";
import { NotFoundPage } from "../pages/NotFoundPage";
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

const homeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/",
  component: lazyRouteComponent(() => import("../pages/HomePage"), "HomePage"),
});

// ECharts and the boundary files load only with this page, never in the main bundle.
const nationalMapRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/nasional",
  validateSearch: validateNationalMapSearch,
  component: lazyRouteComponent(() => import("../pages/NationalMapPage"), "NationalMapPage"),
});

const regionsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/wilayah",
  validateSearch: validateRegionSearch,
  component: lazyRouteComponent(() => import("../pages/RegionsPage"), "RegionsPage"),
});

const regionRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/wilayah/$code",
  component: lazyRouteComponent(() => import("../pages/RegionDetailPage"), "RegionDetailPage"),
});

// Citizen feedback: the sender's private follow page (public, no sign-in) and the region's moderation queue.
const feedbackFollowRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/masukan/$token",
  component: lazyRouteComponent(() => import("../pages/FeedbackFollowPage"), "FeedbackFollowPage"),
});

const feedbackQueueRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/wilayah/$code/masukan",
  validateSearch: validateFeedbackQueueSearch,
  component: lazyRouteComponent(() => import("../pages/FeedbackQueuePage"), "FeedbackQueuePage"),
});

const frameworkRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/kerangka",
  validateSearch: validateFrameworkSearch,
  component: lazyRouteComponent(() => import("../pages/FrameworkPage"), "FrameworkPage"),
});

const opdRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/wilayah/$code/opd",
  component: lazyRouteComponent(() => import("../pages/OpdPage"), "OpdPage"),
});

// Signing in and the e-mailed links: usable while signed out.
const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/masuk",
  validateSearch: validateSignInSearch,
  component: lazyRouteComponent(() => import("../pages/SignInPage"), "SignInPage"),
});

const forgotPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/lupa-sandi",
  component: lazyRouteComponent(() => import("../pages/ForgotPasswordPage"), "ForgotPasswordPage"),
});

const resetPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/atur-ulang-sandi",
  validateSearch: validateTokenSearch,
  component: lazyRouteComponent(() => import("../pages/ResetPasswordPage"), "ResetPasswordPage"),
});

const invitationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/undangan/$token",
  component: lazyRouteComponent(() => import("../pages/AcceptInvitationPage"), "AcceptInvitationPage"),
});

// Signed-in pages: each checks the session and its own permission.
const profileRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/profil",
  component: lazyRouteComponent(() => import("../pages/ProfilePage"), "ProfilePage"),
});

// What waits for the person (where they land after signing in), and what happened around them.
const tasksRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/tugas",
  validateSearch: validatePageSearch,
  component: lazyRouteComponent(() => import("../pages/TasksPage"), "TasksPage"),
});

const notificationsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/notifikasi",
  validateSearch: validateNotificationsSearch,
  component: lazyRouteComponent(() => import("../pages/NotificationsPage"), "NotificationsPage"),
});

const notificationSettingsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/notifikasi/pengaturan",
  component: lazyRouteComponent(() => import("../pages/NotificationSettingsPage"), "NotificationSettingsPage"),
});

const usersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/pengguna",
  validateSearch: validateUsersSearch,
  component: lazyRouteComponent(() => import("../pages/UsersPage"), "UsersPage"),
});

const auditRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/audit",
  validateSearch: validateAuditSearch,
  component: lazyRouteComponent(() => import("../pages/AuditPage"), "AuditPage"),
});

const outboxRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/kotak-keluar",
  validateSearch: validatePageSearch,
  component: lazyRouteComponent(() => import("../pages/OutboxPage"), "OutboxPage"),
});

// The program: cohorts, their candidate regions, and the assessors' and mentors' own lists.
const cohortsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/angkatan",
  component: lazyRouteComponent(() => import("../pages/CohortsPage"), "CohortsPage"),
});

const cohortRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/angkatan/$id",
  validateSearch: validateCohortSearch,
  component: lazyRouteComponent(() => import("../pages/CohortPage"), "CohortPage"),
});

const candidateRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/kandidat/$id",
  validateSearch: validateCandidateSearch,
  component: lazyRouteComponent(() => import("../pages/CandidatePage"), "CandidatePage"),
});

const assessorRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/penilaian",
  component: lazyRouteComponent(() => import("../pages/AssessorPage"), "AssessorPage"),
});

const mentorRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/dampingan",
  component: lazyRouteComponent(() => import("../pages/MentorPage"), "MentorPage"),
});

const masterplanRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/masterplan/$id",
  validateSearch: validateMasterplanSearch,
  component: lazyRouteComponent(() => import("../pages/MasterplanPage"), "MasterplanPage"),
});

// Monitoring of an enacted plan, one program's monitoring, and the indicator catalogue.
const monitoringRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/masterplan/$id/monitoring",
  validateSearch: validateMonitoringSearch,
  component: lazyRouteComponent(() => import("../pages/MonitoringPage"), "MonitoringPage"),
});

const monitoringProgramRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/masterplan/$id/monitoring/program/$programId",
  validateSearch: validateProgramMonitoringSearch,
  component: lazyRouteComponent(() => import("../pages/MonitoringProgramPage"), "MonitoringProgramPage"),
});

const indicatorsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/indikator",
  validateSearch: validateIndicatorSearch,
  component: lazyRouteComponent(() => import("../pages/IndicatorCatalogPage"), "IndicatorCatalogPage"),
});

const indicatorRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/indikator/$id",
  component: lazyRouteComponent(() => import("../pages/IndicatorDetailPage"), "IndicatorDetailPage"),
});

// Open data (Data Terbuka): the public catalogue, a dataset's page, and the walidata's publication panels.
const openDataRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/data",
  validateSearch: validateDataSearch,
  component: lazyRouteComponent(() => import("../pages/OpenDataPage"), "OpenDataPage"),
});

const nationalDataRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/data/kelola",
  component: lazyRouteComponent(() => import("../pages/NationalDataPage"), "NationalDataPage"),
});

const datasetRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/data/$id",
  component: lazyRouteComponent(() => import("../pages/DatasetPage"), "DatasetPage"),
});

const regionDataRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/wilayah/$code/data",
  component: lazyRouteComponent(() => import("../pages/RegionDataPage"), "RegionDataPage"),
});

// Evaluation rounds: the program office's rounds, a region's evaluation, and the national table.
const evaluationRoundsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/evaluasi",
  component: lazyRouteComponent(() => import("../pages/EvaluationRoundsPage"), "EvaluationRoundsPage"),
});

const evaluationResultsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/evaluasi/hasil",
  validateSearch: validateResultsSearch,
  component: lazyRouteComponent(() => import("../pages/EvaluationResultsPage"), "EvaluationResultsPage"),
});

// Evaluation schemes: the program office's weights and grids that rounds copy.
const evaluationSchemesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/evaluasi/skema",
  component: lazyRouteComponent(() => import("../pages/EvaluationSchemesPage"), "EvaluationSchemesPage"),
});

const evaluationSchemeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/evaluasi/skema/$id",
  component: lazyRouteComponent(() => import("../pages/EvaluationSchemePage"), "EvaluationSchemePage"),
});

const evaluationRoundRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/evaluasi/$id",
  validateSearch: validateRoundSearch,
  component: lazyRouteComponent(() => import("../pages/EvaluationRoundPage"), "EvaluationRoundPage"),
});

const evaluationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/evaluasi/wilayah/$id",
  validateSearch: validateEvaluationSearch,
  component: lazyRouteComponent(() => import("../pages/EvaluationPage"), "EvaluationPage"),
});

const routeTree = rootRoute.addChildren([
  homeRoute,
  regionsRoute,
  regionRoute,
  nationalMapRoute,
  opdRoute,
  feedbackFollowRoute,
  feedbackQueueRoute,
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
  evaluationSchemesRoute,
  evaluationSchemeRoute,
  evaluationRoundRoute,
  evaluationRoute,
  openDataRoute,
  nationalDataRoute,
  datasetRoute,
  regionDataRoute,
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
