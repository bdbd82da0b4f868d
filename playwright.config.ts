// Browser tests: the BUILT app (vite preview of dist/) in Debian's Chromium, one worker, generous
// timeouts because DuckDB-WASM and Plotly load on demand.
import { defineConfig } from '@playwright/test';
import { findChromium } from './e2e/support/chromium';

const executablePath = findChromium() ?? undefined;

export default defineConfig({
  testDir: 'e2e',
  timeout: 120_000,
  expect: { timeout: 30_000 },
  retries: 0,
  workers: 1,
  fullyParallel: false,
  reporter: 'list',
  outputDir: 'test-results/artifacts',
  use: {
    baseURL: 'http://localhost:4173/',
    viewport: { width: 1280, height: 860 },
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: 'npx vite preview --port 4173 --strictPort',
    url: 'http://localhost:4173/',
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
