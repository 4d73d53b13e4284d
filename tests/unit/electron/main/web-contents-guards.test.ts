import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { attachWebContentsGuards, openExternalOrThrow } from '@main/web-contents-guards';
import { AppError } from '@shared/errors/app-error';

type WindowOpenHandler = (details: { url: string }) => { action: string };

// The parts of Electron's WebContents the guards use: an event emitter and a
// window-open handler slot.
function fakeWebContents() {
  const emitter = new EventEmitter();
  let windowOpenHandler: WindowOpenHandler | null = null;
  const contents = Object.assign(emitter, {
    setWindowOpenHandler: (handler: WindowOpenHandler) => {
      windowOpenHandler = handler;
    },
  });
  const event = (extra: Record<string, unknown> = {}) => ({ preventDefault: vi.fn(), ...extra });
  return { contents, event, openWindow: (url: string) => windowOpenHandler?.({ url }) };
}

describe('web contents guards', () => {
  it.each(['https://example.com/', 'file:///etc/passwd', 'http://127.0.0.1:4173/', 'app://evil/index.html'])(
    'denies navigation to %s',
    (url) => {
      const { contents, event } = fakeWebContents();
      attachWebContentsGuards(contents as never, vi.fn());
      const navigate = event();
      const redirect = event();
      const frameNavigate = event({ url });
      contents.emit('will-navigate', navigate, url);
      contents.emit('will-redirect', redirect, url);
      contents.emit('will-frame-navigate', frameNavigate);
      expect(navigate.preventDefault).toHaveBeenCalled();
      expect(redirect.preventDefault).toHaveBeenCalled();
      expect(frameNavigate.preventDefault).toHaveBeenCalled();
    },
  );

  it('lets the app move within its own origin', () => {
    const { contents, event } = fakeWebContents();
    attachWebContentsGuards(contents as never, vi.fn());
    const navigate = event();
    contents.emit('will-navigate', navigate, 'app://app/settings');
    expect(navigate.preventDefault).not.toHaveBeenCalled();
  });

  it('refuses every webview', () => {
    const { contents, event } = fakeWebContents();
    attachWebContentsGuards(contents as never, vi.fn());
    const attach = event();
    contents.emit('will-attach-webview', attach, {}, {});
    expect(attach.preventDefault).toHaveBeenCalled();
  });

  it('denies every new window and hands only safe https links to the system browser', () => {
    const { contents, openWindow } = fakeWebContents();
    const openExternal = vi.fn(async () => undefined);
    attachWebContentsGuards(contents as never, openExternal);
    expect(openWindow('https://www.miit.gov.cn/')).toEqual({ action: 'deny' });
    expect(openWindow('http://www.miit.gov.cn/')).toEqual({ action: 'deny' });
    expect(openWindow('file:///C:/Windows/system32/calc.exe')).toEqual({ action: 'deny' });
    expect(openWindow('app://app/index.html')).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://www.miit.gov.cn/']]);
  });
});

describe('openExternalOrThrow', () => {
  it('opens a validated https URL', async () => {
    const openExternal = vi.fn(async () => undefined);
    await openExternalOrThrow(openExternal, 'https://www.cac.gov.cn/');
    expect(openExternal).toHaveBeenCalledWith('https://www.cac.gov.cn/');
  });

  it.each(['http://www.cac.gov.cn/', 'javascript:alert(1)', 'smb://host/share', 'https://localhost/', 42])(
    'refuses %s with a typed error and opens nothing',
    async (url) => {
      const openExternal = vi.fn(async () => undefined);
      const failure = openExternalOrThrow(openExternal, url);
      await expect(failure).rejects.toBeInstanceOf(AppError);
      await expect(failure).rejects.toMatchObject({ code: 'external/url-refused' });
      expect(openExternal).not.toHaveBeenCalled();
    },
  );
});
