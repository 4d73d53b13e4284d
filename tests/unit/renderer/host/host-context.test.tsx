// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorPanel } from '@renderer/app/ErrorPanel';
import { resolveHost } from '@renderer/host/host-context';
import type { Host, PadHost } from '@shared/ipc/host';

afterEach(cleanup);

const desktopHost = { app: { getInfo: vi.fn() } } as unknown as Host;
const padHost = { pad: { submit: vi.fn(), close: vi.fn() } } as unknown as PadHost;

describe('which host a renderer gets', () => {
  it('a desktop page (app://) without its preload is an error, never the browser mode', () => {
    expect(resolveHost({ protocol: 'app:' }, {})).toEqual({ kind: 'preload-missing' });
  });

  it('a desktop page with its preload gets the preload host', () => {
    expect(resolveHost({ protocol: 'app:' }, { host: desktopHost })).toEqual({ kind: 'app', host: desktopHost, runtime: 'electron' });
  });

  it('the pen-display window gets only the pad host, even if a full host were there too', () => {
    expect(resolveHost({ protocol: 'app:' }, { padHost })).toEqual({ kind: 'pad', padHost });
    expect(resolveHost({ protocol: 'app:' }, { padHost, host: desktopHost })).toEqual({ kind: 'pad', padHost });
  });

  it('a page served over http is the browser mode', () => {
    const resolved = resolveHost({ protocol: 'http:' }, {});
    expect(resolved.kind).toBe('app');
    expect(resolved.kind === 'app' && resolved.runtime).toBe('browser');
  });

  it('the error screen says in Chinese that the desktop app stopped, and keeps its code for support', () => {
    render(<ErrorPanel code="ui/preload-missing" withRouter={false} />);
    expect(screen.getByRole('alert').textContent).toContain('桌面版没能和系统连接');
    // The code stays out of the text a merchant reads, and in the page for support.
    expect(screen.getByRole('alert').closest('[data-error-code]')?.getAttribute('data-error-code')).toBe('ui/preload-missing');
  });
});
