import { describe, expect, it, vi } from 'vitest';
import { createCallerRegistry, createIpcListener, isTrustedSender, registerIpcHandlers, type IpcGuard, type IpcHandlers } from '@main/ipc-router';
import { AppError } from '@shared/errors/app-error';
import { ipcChannels } from '@shared/ipc/contract';

// Electron passes an IpcMainInvokeEvent whose senderFrame says which frame
// called; these stand-ins carry just that.
const topFrame = (url: string, senderId = 1) => ({ senderFrame: { url, parent: null }, sender: { id: senderId } });
const ownFrame = topFrame('app://app/settings');
// Web contents 1 is the main window, 2 the pen-display (pad) window.
const guard = (logError = vi.fn()): IpcGuard => ({ logError, callerOf: (event) => ({ 1: 'main', 2: 'pad' } as const)[event.sender?.id as 1 | 2] ?? null });
const padFrame = topFrame('app://app/pad', 2);

const request = { suggestedName: '运行信息.json', filters: [{ name: 'JSON', extensions: ['json'] }], data: new Uint8Array([123, 125]) };

function listenerFor(handler: IpcHandlers['files:save'], logError = vi.fn()) {
  return createIpcListener('files:save', handler, guard(logError));
}

describe('IPC sender check', () => {
  it.each([
    ['a foreign https page', topFrame('https://evil.example/')],
    ['the browser-mode origin', topFrame('http://127.0.0.1:4173/')],
    ['a file:// page', topFrame('file:///app/index.html')],
    ['another host of our scheme', topFrame('app://evil/index.html')],
    ['a subframe of our own page', { senderFrame: { url: 'app://app/', parent: { url: 'app://app/' } } }],
    ['a destroyed frame', { senderFrame: null }],
  ])('rejects %s with ipc/forbidden-sender and never runs the handler', async (_label, event) => {
    const handler = vi.fn(async () => ({ saved: false as const }));
    const result = await listenerFor(handler)(event as never, request);
    expect(result).toEqual({ ok: false, error: { code: 'ipc/forbidden-sender' } });
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses a data key of the wrong length before it reaches the keychain', async () => {
    const handler = vi.fn(async () => null);
    const listener = createIpcListener('vault:remember-device', handler, guard());
    const result = await listener(ownFrame as never, { workspaceId: 'a'.repeat(32), dataKey: new Uint8Array(16) });
    expect(result).toEqual({ ok: false, error: { code: 'ipc/invalid-request' } });
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses a workspace id that could name a path', async () => {
    const handler = vi.fn(async () => ({ supported: false as const }));
    const listener = createIpcListener('snapshots:status', handler, guard());
    expect(await listener(ownFrame as never, { workspaceId: '../../etc' })).toEqual({ ok: false, error: { code: 'ipc/invalid-request' } });
  });

  it('refuses a reminder schedule that carries a phone number', async () => {
    const handler = vi.fn(async () => null);
    const listener = createIpcListener('reminders:set-schedule', handler, guard());
    const item = { id: 'x', title: '删除 13812345678 的信息', body: '', dueAt: 1, cadence: 'days' };
    expect(await listener(ownFrame as never, { workspaceId: 'a'.repeat(32), items: [item] })).toEqual({ ok: false, error: { code: 'ipc/invalid-request' } });
    expect(handler).not.toHaveBeenCalled();
  });

  it('trusts only the top frame of app://app', () => {
    expect(isTrustedSender(ownFrame as never)).toBe(true);
  });
});

describe('IPC caller check (which window may call what)', () => {
  const pdf = { name: '责任书.pdf', data: new TextEncoder().encode('%PDF-1.7\n') };

  it('refuses the viewer, files and keys to the pad window, even when it shows our own page', async () => {
    const viewer = vi.fn(async () => null);
    expect(await createIpcListener('files:open-in-viewer', viewer, guard())(padFrame as never, pdf)).toEqual({ ok: false, error: { code: 'ipc/forbidden-sender' } });
    expect(await createIpcListener('files:open-in-viewer', viewer, guard())(topFrame('app://app/index.html', 2) as never, pdf)).toEqual({ ok: false, error: { code: 'ipc/forbidden-sender' } });
    expect(viewer).not.toHaveBeenCalled();
    const recall = vi.fn(async () => new Uint8Array(32));
    expect(await createIpcListener('vault:recall-device', recall, guard())(padFrame as never, { workspaceId: 'a'.repeat(32) })).toEqual({ ok: false, error: { code: 'ipc/forbidden-sender' } });
    expect(recall).not.toHaveBeenCalled();
  });

  it('lets the pad window submit and close, and the main window open the viewer but not submit strokes', async () => {
    const capture = { aspectRatio: 3, strokes: [{ pointerType: 'pen', startedAt: 1, points: [{ x: 0.1, y: 0.2, t: 0, pressure: 0.4 }] }] };
    const submit = vi.fn(async () => null);
    expect(await createIpcListener('pad:submit', submit, guard())(padFrame as never, capture)).toEqual({ ok: true, value: null });
    expect(await createIpcListener('pad:close', vi.fn(async () => null), guard())(padFrame as never, undefined)).toEqual({ ok: true, value: null });
    expect(await createIpcListener('pad:submit', submit, guard())(ownFrame as never, capture)).toEqual({ ok: false, error: { code: 'ipc/forbidden-sender' } });
    expect(await createIpcListener('files:open-in-viewer', vi.fn(async () => null), guard())(ownFrame as never, pdf)).toEqual({ ok: true, value: null });
  });

  it('refuses web contents it never registered, and forgets a destroyed one', () => {
    const registry = createCallerRegistry();
    const destroyed: Array<() => void> = [];
    registry.register({ id: 7, once: (_event, listener) => destroyed.push(listener) }, 'pad');
    expect(registry.callerOf(topFrame('app://app/pad', 7) as never)).toBe('pad');
    expect(registry.callerOf(topFrame('app://app/pad', 8) as never)).toBeNull();
    destroyed[0]?.();
    expect(registry.callerOf(topFrame('app://app/pad', 7) as never)).toBeNull();
  });
});

describe('IPC request parsing', () => {
  it.each([
    ['no request', undefined],
    ['a path in the name', { ...request, suggestedName: '../../.bashrc' }],
    ['a string instead of bytes', { ...request, data: 'hello' }],
    ['an extra-typed filter', { ...request, filters: [{ name: 'x', extensions: 'pdf' }] }],
  ])('answers %s with ipc/invalid-request', async (_label, raw) => {
    const handler = vi.fn(async () => ({ saved: false as const }));
    const result = await listenerFor(handler)(ownFrame as never, raw);
    expect(result).toEqual({ ok: false, error: { code: 'ipc/invalid-request' } });
    expect(handler).not.toHaveBeenCalled();
  });

  it('round-trips a valid request to the handler and its answer back', async () => {
    const handler = vi.fn(async () => ({ saved: true as const, location: '/home/a/运行信息.json' }));
    const result = await listenerFor(handler)(ownFrame as never, request);
    expect(result).toEqual({ ok: true, value: { saved: true, location: '/home/a/运行信息.json' } });
    expect(handler).toHaveBeenCalledWith(request);
  });

  it('answers a thrown AppError with its code only', async () => {
    const logError = vi.fn();
    const handler = vi.fn(async () => {
      throw new AppError('files/write-failed', { cause: new Error('ENOSPC /home/secret/path') });
    });
    const result = await listenerFor(handler, logError)(ownFrame as never, request);
    expect(result).toEqual({ ok: false, error: { code: 'files/write-failed' } });
    expect(JSON.stringify(result)).not.toContain('secret');
    expect(logError).toHaveBeenCalledWith('files:save', 'files/write-failed', expect.any(Error));
  });

  it('answers any other exception as internal/unexpected', async () => {
    const handler = vi.fn(async () => {
      throw new TypeError('x is undefined');
    });
    const result = await listenerFor(handler)(ownFrame as never, request);
    expect(result).toEqual({ ok: false, error: { code: 'internal/unexpected' } });
  });
});

describe('registerIpcHandlers', () => {
  it('registers exactly the channels of the contract, each guarded', async () => {
    const registered = new Map<string, (event: unknown, raw: unknown) => unknown>();
    const ipcMain = { handle: (channel: string, listener: (event: never, raw: unknown) => unknown) => registered.set(channel, listener as (event: unknown, raw: unknown) => unknown) };
    const handlers: IpcHandlers = {
      'app:get-info': vi.fn(async () => ({ name: 'n', version: '1.0.0', runtime: 'electron' as const, platform: 'linux' as const, electronVersion: '45.0.0', chromeVersion: '140' })),
      'files:save': vi.fn(async () => ({ saved: false as const })),
      'files:open': vi.fn(async () => null),
      'files:begin-save': vi.fn(async () => null),
      'files:finish-save': vi.fn(async () => ({ saved: false as const })),
      'files:open-for-reading': vi.fn(async () => null),
      'streams:write': vi.fn(async () => null),
      'streams:read': vi.fn(async () => new Uint8Array(0)),
      'streams:close': vi.fn(async () => null),
      'vault:device-status': vi.fn(async () => ({ supported: false, remembered: false, backend: 'basic_text' })),
      'vault:remember-device': vi.fn(async () => null),
      'vault:recall-device': vi.fn(async () => new Uint8Array(32)),
      'vault:forget-device': vi.fn(async () => null),
      'snapshots:status': vi.fn(async () => ({ supported: false as const })),
      'snapshots:begin': vi.fn(async () => ({ written: false as const, reason: 'already-today' as const })),
      'snapshots:finish': vi.fn(async () => ({ written: false as const, reason: 'already-today' as const })),
      'storage:free-space': vi.fn(async () => ({ freeBytes: 1 })),
      'files:open-in-viewer': vi.fn(async () => null),
      'files:discard-viewer-copies': vi.fn(async () => null),
      'workspaces:forget': vi.fn(async () => null),
      'pad:open': vi.fn(async () => ({ display: 'external' as const })),
      'pad:submit': vi.fn(async () => null),
      'pad:close': vi.fn(async () => null),
      'camera:begin': vi.fn(async () => null),
      'camera:end': vi.fn(async () => null),
      'reminders:set-schedule': vi.fn(async () => null),
      'reminders:get-settings': vi.fn(async () => ({ notifications: 'system' as const, startAtLogin: false })),
      'reminders:set-start-at-login': vi.fn(async () => null),
      'reminders:overview': vi.fn(async () => ({})),
      'files:save-to-folder': vi.fn(async () => ({ saved: false as const })),
      'presentation:enter': vi.fn(async () => ({ display: 'primary' as const })),
      'presentation:exit': vi.fn(async () => null),
    };
    registerIpcHandlers(ipcMain, handlers, guard());
    expect([...registered.keys()].sort()).toEqual([...ipcChannels].sort());
    expect(await registered.get('app:get-info')?.(topFrame('https://evil.example/'), undefined)).toEqual({
      ok: false,
      error: { code: 'ipc/forbidden-sender' },
    });
    expect(await registered.get('files:open')?.(ownFrame, { filters: [{ name: 'PDF', extensions: ['pdf'] }], maxBytes: 10 })).toEqual({
      ok: true,
      value: null,
    });
  });
});
