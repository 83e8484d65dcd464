import { defineConfig } from "@playwright/test";

// End-to-end tests drive Debian's Chromium (Playwright cannot download browsers here)
// against the production build started exactly as a newcomer would: `npm start`, embedded
// database, demo data — in a data folder of its own, wiped first.
const port = 3100;
const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  webServer: {
    command: "rm -rf .data/e2e && npm start",
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      PORT: String(port),
      HELIX_DATA_DIR: ".data/e2e",
      DATABASE_URL: "", // the embedded database, even where a PostgreSQL URL is configured
      SIGNIN_MAX_FAILURES_PER_ACCOUNT: "3",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
