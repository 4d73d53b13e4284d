import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import { readBrowserPort, serveBrowserModeOnPort } from './browser-mode';
import { locateElectronBinary } from './electron-binary';

// `npm start`: build, then run the desktop app; where the Electron binary
// cannot be had, say so in one line and serve the same app in browser mode.
// `npm run browser` (--browser) goes straight to the browser mode. The
// browser mode keeps its port (4173, or --port / SMS_CA_PORT): a port that
// is taken is said, never silently swapped for another origin.

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const configFile = path.join(projectRoot, 'vite.config.ts');
const browserOnly = process.argv.includes('--browser');

async function buildAll(): Promise<void> {
  console.log('正在构建应用…');
  for (const mode of ['production', 'electron-main', 'electron-preload', 'electron-pad-preload']) {
    await build({ configFile, mode, logLevel: 'warn' });
  }
}

function runElectron(binary: string): void {
  const child = spawn(binary, [projectRoot], { stdio: 'inherit', cwd: projectRoot });
  child.on('exit', (code) => process.exit(code ?? 0));
}

async function serveBrowserMode(): Promise<void> {
  const chosen = readBrowserPort(process.argv.slice(2), process.env);
  if (!chosen.ok) return fail(chosen.message);
  const served = await serveBrowserModeOnPort((options) => preview({ configFile, logLevel: 'warn', preview: options }), chosen.port);
  if (!served.ok) return fail(served.message);
  console.log(`浏览器模式已启动：${served.address}`);
  console.log('请用 Chrome、Edge 或 Chromium 打开上面的地址；按 Ctrl+C 停止。');
}

function fail(message: string): void {
  console.error(message);
  process.exit(1);
}

async function main(): Promise<void> {
  await buildAll();
  if (!browserOnly) {
    console.log('正在查找 Electron 程序（第一次运行时会下载，约 100 MB）…');
    const electron = locateElectronBinary((script) => {
      const result = spawnSync(process.execPath, ['-e', script], { cwd: projectRoot, encoding: 'utf8', timeout: 600_000 });
      return { status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '', error: result.error };
    });
    if (electron.found) return runElectron(electron.path);
    console.log(`Electron 不可用：${electron.reason}；改用浏览器模式（同一个应用，在浏览器中运行，没有托盘和系统通知）。`);
  }
  await serveBrowserMode();
}

main().catch((error: unknown) => {
  console.error('启动失败：', error instanceof Error ? error.message : error);
  process.exit(1);
});
