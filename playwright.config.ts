import { defineConfig, devices } from "@playwright/test";

// Run through `npm test` (scripts/test.mjs), which builds the app, creates a fresh database and sets these variables.
const port = Number(process.env.E2E_PORT ?? 3100);
// A second app process on the same database: proves nothing lives in one process's memory (tests/e2e/multi-node.spec.ts).
const portB = Number(process.env.E2E_PORT_B ?? port + 1);
const executablePath = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "./tests/e2e",
  // The administrator who invites the e2e instructors (signUpApi in tests/e2e/helpers.ts).
  globalSetup: "./tests/e2e/global-setup.ts",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000, // axe on a long reading takes seconds on a busy 2-core machine
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: { baseURL: `http://localhost:${port}`, trace: "retain-on-failure" },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath,
          args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        },
      },
    },
  ],
  // Idle keep-alive sockets outlive any pause between a test's requests: with Node's 5 s default, a request context
  // reusing a socket the server is just closing saw "socket hang up" (ECONNRESET) now and then.
  webServer: [port, portB].map((p) => ({
    command: `node node_modules/next/dist/bin/next start -p ${p} --keepAliveTimeout 120000`,
    url: `http://localhost:${p}/login`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "ignore" as const,
    stderr: "pipe" as const,
  })),
});
