import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { chromiumArgs, resolveChromiumPath } from './support/chromium';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const port = Number(process.env['E2E_PORT'] ?? 4317);
const executablePath = resolveChromiumPath();

// The end-to-end tests drive the built app (npm run build) as served in
// browser mode; the Electron project launches the real desktop app where its
// binary exists and skips, saying so, where it does not.
export default defineConfig({
  testDir: '.',
  outputDir: path.join(projectRoot, 'test-results'),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    launchOptions: { args: chromiumArgs, ...(executablePath ? { executablePath } : {}) },
    trace: 'off',
  },
  projects: [
    { name: 'browser-mode', testIgnore: /electron\// },
    { name: 'electron', testMatch: /electron\/.*\.spec\.ts/ },
  ],
  webServer: {
    command: `node_modules/.bin/vite preview --port ${port} --strictPort --host 127.0.0.1`,
    cwd: projectRoot,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
