import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export type ElectronBinary = Readonly<{ found: true; path: string }> | Readonly<{ found: false; reason: string }>;

type RunNode = (script: string) => { status: number | null; stdout: string; stderr: string; error?: Error | undefined };

/**
 * Asks the electron package for its binary. On first use the package downloads
 * it; where that cannot happen (no internet) the answer says why, in one line.
 */
export function locateElectronBinary(runNode: RunNode, exists: (file: string) => boolean = existsSync): ElectronBinary {
  const result = runNode("process.stdout.write(require('electron'))");
  if (result.error !== undefined) return { found: false, reason: `无法运行 Node：${result.error.message}` };
  const binary = result.stdout.trim();
  if (result.status === 0 && binary !== '' && exists(binary)) return { found: true, path: binary };
  return { found: false, reason: describeElectronFailure(result.stderr) };
}

/** One Chinese line for why the Electron binary is not there. */
export function describeElectronFailure(stderr: string): string {
  if (/fetch failed|ENOTFOUND|ECONNREFUSED|EAI_AGAIN|ETIMEDOUT|getaddrinfo|socket hang up/i.test(stderr)) {
    return '未能下载 Electron 程序（这台电脑连不上下载地址）';
  }
  if (/Cannot find module 'electron'/.test(stderr)) return '没有安装 electron 依赖（请先运行 npm install）';
  return '未能下载或找到 Electron 程序';
}

/**
 * True when the electron package already holds its binary, checked without
 * triggering a download (the Electron end-to-end tests skip otherwise).
 */
export function isElectronBinaryInstalled(electronPackageDir: string): boolean {
  const pathFile = path.join(electronPackageDir, 'path.txt');
  if (!existsSync(pathFile)) return false;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const override = process.env['ELECTRON_OVERRIDE_DIST_PATH'];
  const binary = override ? path.join(override, relative) : path.join(electronPackageDir, 'dist', relative);
  return relative !== '' && existsSync(binary);
}
