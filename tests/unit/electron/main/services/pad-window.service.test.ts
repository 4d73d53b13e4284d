import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { createPadWindowService, pickPadDisplay } from '@main/services/pad-window.service';
import { buildWebPreferences } from '@main/window.factory';

const display = (id: number, x: number) => ({ id, bounds: { x, y: 0, width: 1920, height: 1080 } }) as never;

describe('pen-display window', () => {
  it('picks a display other than the primary one, or the primary when there is none', () => {
    expect(pickPadDisplay([display(1, 0), display(2, 1920)], display(1, 0))).toMatchObject({ kind: 'external', display: { id: 2 } });
    expect(pickPadDisplay([display(1, 0)], display(1, 0))).toMatchObject({ kind: 'primary', display: { id: 1 } });
  });

  it('opens a hardened full-screen window on the pen display and passes the strokes back', async () => {
    const windows: Array<EventEmitter & { options: unknown; loadURL: ReturnType<typeof vi.fn>; close: ReturnType<typeof vi.fn> }> = [];
    const deliver = vi.fn();
    const onCreated = vi.fn();
    const pad = createPadWindowService({
      displays: () => ({ all: [display(1, 0), display(2, 1920)], primary: display(1, 0) }),
      createWindow: (options) => {
        const window = Object.assign(new EventEmitter(), { options, loadURL: vi.fn(async () => undefined), close: vi.fn() });
        windows.push(window);
        return window as never;
      },
      preloadPath: '/app/pad-preload.cjs',
      padUrl: 'app://app/pad',
      deliver,
      onCreated,
    });
    expect(await pad.open()).toEqual({ display: 'external' });
    expect(windows[0]?.options).toMatchObject({ x: 1920, fullscreen: true, webPreferences: buildWebPreferences('/app/pad-preload.cjs') });
    expect(windows[0]?.loadURL).toHaveBeenCalledWith('app://app/pad');
    // Registered as the pad before it loads anything, so its calls are held to the pad's channels.
    expect(onCreated).toHaveBeenCalledWith(windows[0]);
    expect(onCreated.mock.invocationCallOrder[0]).toBeLessThan(windows[0]!.loadURL.mock.invocationCallOrder[0]!);
    const capture = { aspectRatio: 3, strokes: [{ pointerType: 'pen' as const, startedAt: 1, points: [{ x: 0.1, y: 0.2, t: 0, pressure: 0.4 }] }] };
    await pad.submit(capture);
    expect(deliver).toHaveBeenCalledWith(capture);
    expect(windows[0]?.close).toHaveBeenCalled();
  });
});
