/** Where the renderer is running: inside the desktop app or in a plain browser. */
export type AppRuntime = 'electron' | 'browser';

/** The operating system family, as shown to the user. */
export type AppPlatform = 'windows' | 'macos' | 'linux' | 'other';

/** What 设置 → 关于 shows, and what later features use to pick a path. */
export type AppInfo = Readonly<{
  name: string;
  version: string;
  runtime: AppRuntime;
  platform: AppPlatform;
  electronVersion: string | null;
  chromeVersion: string | null;
}>;

/** Maps a Node `process.platform` or a browser platform string to our family. */
export function toAppPlatform(raw: string): AppPlatform {
  const value = raw.toLowerCase();
  if (value === 'win32' || value.startsWith('win')) return 'windows';
  if (value === 'darwin' || value.startsWith('mac')) return 'macos';
  if (value === 'linux' || value.includes('linux')) return 'linux';
  return 'other';
}
