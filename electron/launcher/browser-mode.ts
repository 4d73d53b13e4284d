/** The browser mode's port: its origin, and so where the browser keeps every workspace. */
export const defaultBrowserPort = 4173;

/** The environment variable that chooses another port. */
export const browserPortVariable = 'SMS_CA_PORT';

export type BrowserPort = Readonly<{ ok: true; port: number }> | Readonly<{ ok: false; message: string }>;

/**
 * The port asked for with `--port 4174` (or `--port=4174`) or SMS_CA_PORT,
 * else 4173. A value that is no port is refused, in one Chinese line.
 */
export function readBrowserPort(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): BrowserPort {
  const flagIndex = argv.findIndex((arg) => arg === '--port' || arg.startsWith('--port='));
  const flag = flagIndex < 0 ? undefined : argv[flagIndex]!.includes('=') ? argv[flagIndex]!.split('=')[1] : argv[flagIndex + 1];
  const raw = flag ?? env[browserPortVariable];
  if (raw === undefined || raw === '') return { ok: true, port: defaultBrowserPort };
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port < 1024 || port > 65_535) return { ok: false, message: `端口“${raw}”无效：请用 1024 到 65535 之间的数字，例如 --port 4174。` };
  return { ok: true, port };
}

/**
 * One Chinese line when the port is taken. The browser mode never moves to
 * another port by itself: the browser keeps data per address, so on a new
 * port every workspace would seem gone.
 */
export function describePortInUse(port: number): string {
  return `端口 ${port} 已被占用，浏览器模式没有启动（换端口就是换地址，浏览器里已有的工作区在新地址下看不到）：请关闭占用它的程序后重试，或用 npm start -- --port 4174（或环境变量 ${browserPortVariable}=4174）换一个端口，以后每次都用同一个端口。`;
}

type PreviewServer = Readonly<{ resolvedUrls?: Readonly<{ local: readonly string[] }> | null | undefined }>;
type StartPreview = (options: Readonly<{ host: string; port: number; strictPort: true; open: false }>) => Promise<PreviewServer>;

/** True when the error is the port being taken. */
export function isPortInUse(error: unknown): boolean {
  return typeof error === 'object' && error !== null && ((error as { code?: unknown }).code === 'EADDRINUSE' || /already in use|EADDRINUSE/i.test(String((error as { message?: unknown }).message)));
}

/**
 * Serves the built app on exactly this port (strictPort): the address it
 * answers, or the line that says why it could not.
 */
export async function serveBrowserModeOnPort(startPreview: StartPreview, port: number): Promise<Readonly<{ ok: true; address: string }> | Readonly<{ ok: false; message: string }>> {
  try {
    const server = await startPreview({ host: '127.0.0.1', port, strictPort: true, open: false });
    return { ok: true, address: server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/` };
  } catch (error) {
    if (isPortInUse(error)) return { ok: false, message: describePortInUse(port) };
    throw error;
  }
}
