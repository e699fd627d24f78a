import { enAccounts } from "./en-accounts";
import { enCohort } from "./en-cohort";
import { enDocuments } from "./en-documents";
import { enEvaluation } from "./en-evaluation";
import { enEvaluationSchemes } from "./en-evaluation-schemes";
import { enFeedback } from "./en-feedback";
import { enFrameworkEdit } from "./en-framework-edit";
import { enInstruments } from "./en-instruments";
import { enMap } from "./en-map";
import { enMasterplan } from "./en-masterplan";
import { enMonitoring } from "./en-monitoring";
import { enNotifications } from "./en-notifications";
import { enOpenData } from "./en-open-data";
import { enPublicRegion } from "./en-public-region";
import { apiErrorTexts, type Messages } from "./id";

/** English texts; typed by the Indonesian ones so a missing key fails the typecheck. */
export const en: Messages = {
  ...enAccounts,
  ...enCohort,
  ...enDocuments,
  ...enEvaluation,
  ...enEvaluationSchemes,
  ...enFeedback,
  ...enFrameworkEdit,
  ...enInstruments,
  ...enMasterplan,
  ...enMap,
  ...enMonitoring,
  ...enNotifications,
  ...enOpenData,
  ...enPublicRegion,
  app: {
    name: "Kota Cerdas",
    subtitle: "Gerakan Menuju Smart City",
    skipToContent: "Skip to content",
    openNavigation: "Open navigation",
    closeNavigation: "Close navigation",
    mainNavigation: "Main navigation",
    language: "Language",
    opensInNewTab: "(opens in a new tab)",
  },
  nav: {
    home: "Home",
    regions: "Regions",
    nationalMap: "Map",
    framework: "Framework",
    indicators: "Indicators",
    apiDocs: "API documentation",
    users: "Users",
    audit: "Audit trail",
    outbox: "Outbox",
    opd: "OPDs",
    opdOf: "OPDs {{region}}",
    cohorts: "Cohorts",
    assessments: "Scoring",
    mentoring: "Mentored regions",
  },
  common: {
    retry: "Try again",
    notAvailable: "—",
    required: "required",
    errorTitle: "The data could not be loaded",
    cancel: "Cancel",
    close: "Close",
    confirm: "Yes, continue",
    loading: "Loading…",
    actionFailed: "The action failed",
  },
  regionType: {
    provinsi: "Province",
    kabupaten: "Regency",
    kota: "City",
  },
  home: {
    title: "Kota Cerdas",
    lead:
      "An open-source platform that runs Indonesia's Movement Towards Smart Cities (Gerakan Menuju Smart City, " +
      "GMSC) end to end, from selecting regencies and cities to the yearly evaluation.",
    aboutTitle: "About the Movement Towards Smart Cities",
    about:
      "GMSC is a national programme of the Ministry of Communication and Digital Affairs (formerly Kominfo). Each " +
      "year the ministry selects regencies and cities into a cohort, signs a memorandum of understanding (Nota " +
      "Kesepakatan) with each, and mentors them through four technical-guidance workshops (Bimtek) into a 10-year " +
      "Smart City Masterplan. The masterplan is enacted by a regent's or mayor's regulation, implemented by the " +
      "regional agencies (OPD) and evaluated every year.",
    platformTitle: "What this platform does",
    platform:
      "Today the programme runs on Word files, e-mail and spreadsheets. Kota Cerdas turns the masterplan into a " +
      "structured database that still prints as the official books, so the whole programme can be searched, " +
      "compared and measured — and citizens can see the plans and their progress.",
    availableNow:
      "Available now: the Kemendagri region list, the GMSC framework, accounts and roles, cohorts from invitation " +
      "through Bimtek mentoring, structured masterplans through enactment by Perkada, monitoring of enacted plans, " +
      "yearly evaluation, and the national map.",
    figuresTitle: "Key figures",
    figureProvinces: "Provinces",
    figureKabupaten: "Regencies",
    figureKota: "Cities",
    figureDimensions: "Dimensions of the {{framework}} framework",
    figureDimensionsNoFramework: "Dimensions of the default framework",
    figureError: "The figure could not be loaded",
    exploreRegions: "Explore regions",
    exploreFramework: "View the framework",
  },
  regions: {
    title: "Regions",
    intro: "Provinces, regencies and cities by their Kemendagri region code.",
    searchLabel: "Search regions",
    searchPlaceholder: "e.g. banjar or 32.79",
    clearSearch: "Clear search",
    provinceLabel: "Province",
    provincePlaceholder: "All provinces",
    provinceNothingFound: "No province found",
    typeLabel: "Type",
    typePlaceholder: "All types",
    colCode: "Code",
    colName: "Name",
    colType: "Type",
    colProvince: "Province",
    tableCaption: "List of regions",
    showing_one: "Showing {{from}}–{{to}} of {{total}} region",
    showing_other: "Showing {{from}}–{{to}} of {{total}} regions",
    emptyQuery: "No region matches the search “{{q}}”.",
    emptyFilters: "No region matches these filters.",
    resetFilters: "Clear all filters",
    pagination: "Pages of the region list",
    pageN: "Page {{page}}",
    firstPage: "First page",
    previousPage: "Previous page",
    nextPage: "Next page",
    lastPage: "Last page",
  },
  region: {
    breadcrumb: "Breadcrumb",
    code: "Kemendagri code",
    type: "Type",
    province: "Province",
    kabupatenCount: "Number of regencies",
    kotaCount: "Number of cities",
    listRegions: "See all regions in {{name}}",
    notFoundTitle: "Region not found",
    notFound: "There is no region with the code {{code}}.",
    backToList: "Back to the region list",
  },
  framework: {
    title: "Framework",
    intro:
      "The GMSC framework: the dimensions, elements and technical-guidance stages used by cohorts and masterplans.",
    select: "Choose a framework",
    default: "default",
    version: "Version {{version}}",
    summary: "{{dimensions}} dimensions · {{elements}} elements · {{stages}} Bimtek stages",
    dimensionsTitle: "Dimensions and elements",
    elementsOf: "Elements of {{name}}",
    noElements: "This dimension has no elements yet.",
    stagesTitle: "Technical-guidance (Bimtek) stages",
    focus: "Focus",
    deliverables: "Deliverables",
    noDeliverables: "This stage has no deliverables yet.",
    empty: "No framework has been registered yet.",
  },
  session: {
    signIn: "Sign in",
    userMenu: "User menu: {{name}}",
    signedInAs: "Signed in as",
    profile: "Profile",
    signOut: "Sign out",
  },
  access: {
    checking: "Checking your session…",
    forbiddenTitle: "You are not allowed here",
    forbidden:
      "You are not allowed to open this page. Ask the national admin or your region coordinator if you need access.",
    notFoundTitle: "Not found",
    notFound: "What you are looking for does not exist, or lies outside your regions.",
    signedOutTitle: "Your session has ended",
    signedOut: "Please sign in again to continue.",
    home: "Back to Home",
  },
  pager: {
    label: "Pages",
    pageN: "Page {{page}}",
    firstPage: "First page",
    previousPage: "Previous page",
    nextPage: "Next page",
    lastPage: "Last page",
    showing: "Showing {{from}}–{{to}} of {{total}}",
  },
  notFound: {
    title: "Page not found",
    body: "The address {{path}} does not exist in Kota Cerdas.",
    home: "Back to Home",
  },
  errors: {
    ...apiErrorTexts("en"),
    network_error: "The server cannot be reached. Check your connection and try again.",
    invalid_response: "The server sent an answer that could not be read.",
    unknown_error: "Something unexpected went wrong.",
  },
};
