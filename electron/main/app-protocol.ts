import path from 'node:path';
import { buildContentSecurityPolicy } from '@shared/security/content-security-policy';
import { appHost, appScheme } from './app-origin';

/** The privileges our scheme is registered with, before the app is ready. */
export const appSchemePrivileges = {
  scheme: appScheme,
  privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true },
} as const;

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

type ReadFile = (absolutePath: string) => Promise<Uint8Array>;

/** Headers sent with every response of the app scheme. */
export function buildSecurityHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': buildContentSecurityPolicy(),
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  };
}

/**
 * Resolves a request path to a file under the renderer folder, or null when it
 * would leave it. Paths without an extension are app routes: they get index.html.
 */
export function resolveAppFile(rootDir: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = path.posix.normalize(decoded).replace(/^\/+/, '');
  if (relative.startsWith('..')) return null;
  const target = path.extname(relative) === '' ? 'index.html' : relative;
  const absolute = path.resolve(rootDir, target);
  const root = path.resolve(rootDir);
  if (absolute !== root && !absolute.startsWith(root + path.sep)) return null;
  return absolute;
}

/** The handler for `protocol.handle('app', …)`: serves the built renderer with our CSP. */
export function createAppProtocolHandler(rootDir: string, readFile: ReadFile) {
  return async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    if (url.protocol !== `${appScheme}:` || url.host !== appHost || request.method !== 'GET') {
      return new Response(null, { status: 404 });
    }
    const file = resolveAppFile(rootDir, url.pathname);
    if (file === null) return new Response(null, { status: 404 });
    try {
      const body = await readFile(file);
      const type = contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
      return new Response(new Uint8Array(body), { status: 200, headers: buildSecurityHeaders(type) });
    } catch {
      return new Response(null, { status: 404 });
    }
  };
}
