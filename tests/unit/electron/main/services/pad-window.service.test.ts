import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { createDocumentViewerService } from '@main/services/document-viewer.service';
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
    const pad = createPadWindowService({
      displays: () => ({ all: [display(1, 0), display(2, 1920)], primary: display(1, 0) }),
      createWindow: (options) => {
        const window = Object.assign(new EventEmitter(), { options, loadURL: vi.fn(async () => undefined), close: vi.fn() });
        windows.push(window);
        return window as never;
      },
      preloadPath: '/app/preload.cjs',
      padUrl: 'app://app/pad',
      deliver,
    });
    expect(await pad.open()).toEqual({ display: 'external' });
    expect(windows[0]?.options).toMatchObject({ x: 1920, fullscreen: true, webPreferences: buildWebPreferences('/app/preload.cjs') });
    expect(windows[0]?.loadURL).toHaveBeenCalledWith('app://app/pad');
    const capture = { aspectRatio: 3, strokes: [{ pointerType: 'pen' as const, startedAt: 1, points: [{ x: 0.1, y: 0.2, t: 0, pressure: 0.4 }] }] };
    await pad.submit(capture);
    expect(deliver).toHaveBeenCalledWith(capture);
    expect(windows[0]?.close).toHaveBeenCalled();
  });
});

describe('document viewer', () => {
  it('writes under its own temporary folder with the base name only, then opens it', async () => {
    const writeFile = vi.fn(async () => undefined);
    const openPath = vi.fn(async () => '');
    const viewer = createDocumentViewerService({ temporaryDirectory: () => '/tmp/view', makeDirectory: vi.fn(async () => undefined), writeFile, openPath });
    await viewer.open('责任书.pdf', new Uint8Array([1]));
    expect(writeFile).toHaveBeenCalledWith('/tmp/view/责任书.pdf', new Uint8Array([1]));
    expect(openPath).toHaveBeenCalledWith('/tmp/view/责任书.pdf');
  });

  it('reports a viewer that could not open the file', async () => {
    const viewer = createDocumentViewerService({ temporaryDirectory: () => '/tmp/view', makeDirectory: vi.fn(async () => undefined), writeFile: vi.fn(async () => undefined), openPath: vi.fn(async () => 'no application') });
    await expect(viewer.open('a.pdf', new Uint8Array([1]))).rejects.toMatchObject({ code: 'host/unavailable' });
  });
});
