// The search-latency measurement the bench runs against a large synthetic build (BENCH_URL).
import { defineConfig } from '@playwright/test';
import { findChromium } from '../../scripts/chromium.mjs';

const executablePath = findChromium();

export default defineConfig({
  testDir: '.',
  reporter: 'line',
  timeout: 120_000,
  use: {
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
      ],
    },
  },
});
