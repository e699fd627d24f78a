import { createRootRoute, createRoute, createRouter } from "@tanstack/react-router";
import { AppLayout } from "../components/AppLayout";
import { FrameworkPage } from "../pages/FrameworkPage";
import { HomePage } from "../pages/HomePage";
import { NotFoundPage } from "../pages/NotFoundPage";
import { RegionDetailPage } from "../pages/RegionDetailPage";
import { RegionsPage } from "../pages/RegionsPage";
import { parseSearch, stringifySearch, validateFrameworkSearch, validateRegionSearch } from "./search";

// Code-based routes: the tree is small and readable here, and needs no generator in the build.
const rootRoute = createRootRoute({ component: AppLayout, notFoundComponent: NotFoundPage });

const homeRoute = createRoute({ getParentRoute: () => rootRoute, path: "/", component: HomePage });

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

const routeTree = rootRoute.addChildren([homeRoute, regionsRoute, regionRoute, frameworkRoute]);

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
