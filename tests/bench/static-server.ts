import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { buildContentSecurityPolicy } from '@shared/security/content-security-policy';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
};

/**
 * Serves the built app at / and the bench harness at /bench/ from one origin,
 * so both see the same IndexedDB; with the app's CSP, like the real thing.
 */
export async function startStaticServer(distDir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const underBench = url.pathname.startsWith('/bench/');
    const root = path.join(distDir, underBench ? 'bench' : 'renderer');
    const relative = underBench ? url.pathname.slice('/bench/'.length) : url.pathname.slice(1);
    const file = path.extname(relative) === '' ? 'index.html' : path.normalize(relative);
    if (file.startsWith('..')) {
      response.writeHead(404).end();
      return;
    }
    readFile(path.join(root, file)).then(
      (body) => {
        response.writeHead(200, {
          'Content-Type': types[path.extname(file)] ?? 'application/octet-stream',
          'Content-Security-Policy': buildContentSecurityPolicy(),
        });
        response.end(body);
      },
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
