import { defineConfig } from "vitest/config";

const serverTests = ["server/**/*.test.ts"];
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "domain",
          include: ["domain/**/*.test.ts", "web/src/**/*.test.ts", "scripts/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        test: {
          name: "pglite",
          include: serverTests,
          env: { TEST_DB: "pglite" },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      // The same integration tests on a real PostgreSQL server when TEST_DATABASE_URL is set (CI sets it).
      ...(onPostgres
        ? [
            {
              test: {
                name: "postgres",
                include: serverTests,
                // Process tests start the CLI on the embedded database only; reading the books back
                // through LibreOffice and poppler checks the renderers, which no database changes.
                exclude: ["server/process.test.ts", "server/documents/books-readback.test.ts"],
                env: { TEST_DB: "postgres" },
                testTimeout: 30_000,
                hookTimeout: 60_000,
              },
            },
          ]
        : []),
      {
        test: {
          name: "e2e",
          include: ["e2e/**/*.spec.ts"],
          globalSetup: ["e2e/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
