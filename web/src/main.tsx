import "@mantine/core/styles.css";
import "./targeted.css";
import "./i18n";
import { MantineProvider } from "@mantine/core";
import { QueryCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { RouterProvider } from "@tanstack/react-router";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { ApiError, shouldRetry } from "./api/client";
import { ME_KEY } from "./api/session";
import { router } from "./routes/router";
import { theme } from "./theme";

// Reference data (regions, frameworks) changes a few times a year; refetching on every focus is waste.
const queryClient: QueryClient = new QueryClient({
  // A 401 anywhere means the session ended (expired, signed out in another tab): ask /api/me again,
  // so the header and the protected pages follow.
  queryCache: new QueryCache({
    onError: (error, query) => {
      if (error instanceof ApiError && error.status === 401 && query.queryKey[0] !== ME_KEY[0]) {
        void queryClient.invalidateQueries({ queryKey: ME_KEY });
      }
    },
  }),
  defaultOptions: {
    queries: { staleTime: 5 * 60_000, refetchOnWindowFocus: false, retry: shouldRetry },
  },
});

const container = document.getElementById("root");
if (!container) throw new Error("#root is missing from index.html");

createRoot(container).render(
  <StrictMode>
    <MantineProvider theme={theme}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
