import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { preview } from 'vite';
import { defaultBrowserPort, readBrowserPort, serveBrowserModeOnPort } from '../../../../electron/launcher/browser-mode';

describe('the browser mode keeps its port', () => {
  it.each([
    [[], {}, 4173],
    [['--browser', '--port', '4174'], {}, 4174],
    [['--port=5000'], {}, 5000],
    [[], { SMS_CA_PORT: '4180' }, 4180],
    [['--port', '4175'], { SMS_CA_PORT: '4180' }, 4175],
  ])('%j with %j serves on %i', (argv, env, port) => {
    expect(readBrowserPort(argv, env)).toEqual({ ok: true, port });
  });

  it.each([['abc'], ['80'], ['70000'], ['4174.5']])('refuses the port %j in one Chinese line', (raw) => {
    const chosen = readBrowserPort(['--port', raw], {});
    expect(chosen.ok).toBe(false);
    expect(!chosen.ok && chosen.message).toMatch(/^端口“.+”无效/);
  });

  it('asks the server for exactly its port, and says in one Chinese line how to choose another when it is taken', async () => {
    const startPreview = vi.fn(async () => {
      throw Object.assign(new Error('Port 4173 is already in use'), { code: 'EADDRINUSE' });
    });
    const served = await serveBrowserModeOnPort(startPreview, defaultBrowserPort);
    expect(startPreview).toHaveBeenCalledWith(expect.objectContaining({ port: 4173, strictPort: true }));
    expect(served.ok).toBe(false);
    const message = served.ok ? '' : served.message;
    expect(message).toContain('端口 4173 已被占用');
    expect(message).toContain('--port 4174');
    expect(message).toContain('SMS_CA_PORT');
    expect(message.split('\n')).toHaveLength(1);
  });

  describe('with Vite\'s own preview server', () => {
    let blocker: Server | null = null;
    afterEach(async () => {
      await new Promise((resolve) => (blocker ? blocker.close(resolve) : resolve(null)));
      blocker = null;
    });

    it('does not move to another port when the chosen one is taken', async () => {
      blocker = createServer();
      const port = await new Promise<number>((resolve) => blocker!.listen(0, '127.0.0.1', () => resolve((blocker!.address() as { port: number }).port)));
      const served = await serveBrowserModeOnPort((options) => preview({ configFile: false, root: process.cwd(), logLevel: 'silent', preview: options }), port);
      expect(served.ok).toBe(false);
      expect(served.ok ? '' : served.message).toContain(`端口 ${port} 已被占用`);
    });
  });
});
