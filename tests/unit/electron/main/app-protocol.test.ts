import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppProtocolHandler, resolveAppFile } from '@main/app-protocol';
import { buildContentSecurityPolicy } from '@shared/security/content-security-policy';

let root: string;
let outside: string;

beforeAll(async () => {
  const base = await mkdtemp(path.join(tmpdir(), 'app-protocol-'));
  root = path.join(base, 'renderer');
  outside = path.join(base, 'secret.txt');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>短信合规助手</title>');
  await writeFile(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(outside, 'secret');
});

afterAll(async () => {
  await rm(path.dirname(root), { recursive: true, force: true });
});

const get = (url: string, method = 'GET') => createAppProtocolHandler(root, (file) => readFile(file))(new Request(url, { method }));

describe('app:// protocol handler', () => {
  it('serves the entry page with the strict CSP and nosniff', async () => {
    const response = await get('app://app/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(buildContentSecurityPolicy());
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('短信合规助手');
  });

  it('serves a script with a JavaScript type', async () => {
    const response = await get('app://app/assets/app.js');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('answers app routes with the entry page', async () => {
    const response = await get('app://app/ledgers');
    expect(await response.text()).toContain('短信合规助手');
  });

  it.each([
    'app://app/assets/missing.js',
    'app://app/%2e%2e/secret.txt',
    'app://app/..%2fsecret.txt',
    'app://app/%2e%2e%2fsecret.txt',
    'app://app/assets/%00.js',
    'app://app/%E0%A4%A',
    'app://other/index.html',
  ])('answers 404 for %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
  });

  it('refuses anything but GET', async () => {
    expect((await get('app://app/index.html', 'POST')).status).toBe(404);
  });

  it('never resolves a path outside the renderer folder', () => {
    for (const attempt of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/../../secret.txt', '/..\\secret.txt']) {
      const resolved = resolveAppFile(root, attempt);
      if (resolved !== null) expect(resolved.startsWith(root + path.sep)).toBe(true);
    }
  });
});
