/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type UserConfig } from 'vite';
import { buildContentSecurityPolicy } from './shared/security/content-security-policy.ts';
import { uiFontPlugin } from './tools/ui-font/ui-font.plugin.ts';

const rootDir = fileURLToPath(new URL('.', import.meta.url));
const packageJson = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

const alias = {
  '@shared': `${rootDir}shared`,
  '@renderer': `${rootDir}renderer/src`,
  '@main': `${rootDir}electron/main`,
  '@assets': `${rootDir}assets`,
};

// The interface's font family, named first in renderer/src/styles/app.css.
const uiFontFamily = 'Bundled WQY Micro Hei';

const securityHeaders = {
  'Content-Security-Policy': buildContentSecurityPolicy(),
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
};

// Main and preload run in Node/Electron: bundled to CommonJS (a sandboxed
// preload cannot load ES modules), with electron and Node built-ins left out.
function electronEntry(entry: string, fileName: string): UserConfig {
  return {
    root: rootDir,
    resolve: { alias },
    publicDir: false,
    build: {
      ssr: `${rootDir}${entry}`,
      outDir: `${rootDir}dist/electron`,
      emptyOutDir: false,
      target: 'node20',
      sourcemap: true,
      minify: false,
      rolldownOptions: {
        external: ['electron', /^node:/],
        output: { format: 'cjs', entryFileNames: fileName },
      },
    },
    ssr: { noExternal: true },
  };
}

export default defineConfig(({ mode }): UserConfig => {
  if (mode === 'electron-main') return electronEntry('electron/main/main.ts', 'main.cjs');
  if (mode === 'electron-preload') return electronEntry('electron/preload/preload.ts', 'preload.cjs');
  if (mode === 'electron-pad-preload') return electronEntry('electron/preload/pad-preload.ts', 'pad-preload.cjs');
  // The storage benchmark's page (tests/bench/harness), built beside the app, never shipped.
  if (mode === 'bench') {
    return {
      root: `${rootDir}tests/bench/harness`,
      base: '/bench/',
      resolve: { alias },
      define: { __APP_VERSION__: JSON.stringify(packageJson.version) },
      build: { outDir: `${rootDir}dist/bench`, emptyOutDir: true, target: 'chrome120', minify: true },
    };
  }
  return {
    root: `${rootDir}renderer`,
    base: '/',
    plugins: [react(), uiFontPlugin({ rootDir, fontFile: 'assets/fonts/wqy-microhei.ttf', family: uiFontFamily })],
    resolve: { alias },
    define: { __APP_VERSION__: JSON.stringify(packageJson.version) },
    build: {
      outDir: `${rootDir}dist/renderer`,
      emptyOutDir: true,
      target: 'chrome120',
      sourcemap: true,
      // jsPDF imports these only for doc.html() and SVG, which the app never
      // calls: left out rather than shipped as 100 KiB (gzip) of dead chunks.
      rolldownOptions: { external: ['html2canvas', 'canvg', 'dompurify'] },
    },
    server: { host: '127.0.0.1', port: 5173, fs: { allow: [rootDir] } },
    preview: { host: '127.0.0.1', port: 4173, headers: securityHeaders },
    test: {
      root: rootDir,
      include: ['tests/unit/**/*.test.{ts,tsx}'],
      environment: 'node',
      restoreMocks: true,
      // Tests that derive keys run the production KDF several times: seconds
      // each on a 2-core CI machine already busy with other test files.
      testTimeout: 30_000,
    },
  };
});
