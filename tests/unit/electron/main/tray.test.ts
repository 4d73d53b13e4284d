import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { attachCloseToTray, createAppTray, revealWindow } from '@main/tray';

function fakeWindow() {
  return Object.assign(new EventEmitter(), { hide: vi.fn() });
}

describe('close to tray', () => {
  it('hides the window instead of closing it while the app keeps running', () => {
    const window = fakeWindow();
    attachCloseToTray(window as never, () => false);
    const event = { preventDefault: vi.fn() };
    window.emit('close', event);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(window.hide).toHaveBeenCalled();
  });

  it('lets the window close when the user quits', () => {
    const window = fakeWindow();
    attachCloseToTray(window as never, () => true);
    const event = { preventDefault: vi.fn() };
    window.emit('close', event);
    expect(event.preventDefault).not.toHaveBeenCalled();
    expect(window.hide).not.toHaveBeenCalled();
  });
});

describe('tray', () => {
  it('has a Chinese tooltip and menu that opens the window or quits', () => {
    const tray = Object.assign(new EventEmitter(), { setToolTip: vi.fn(), setContextMenu: vi.fn() });
    const buildMenu = vi.fn((template: unknown) => template);
    const onOpen = vi.fn();
    const onQuit = vi.fn();
    createAppTray({ createTray: () => tray as never, buildMenu: buildMenu as never, icon: {} as never, onOpen, onQuit });
    expect(tray.setToolTip).toHaveBeenCalledWith(expect.stringContaining('短信合规助手'));
    const template = buildMenu.mock.calls[0]?.[0] as Array<{ label?: string; click?: () => void }>;
    expect(template.map((item) => item.label).filter(Boolean)).toEqual(['打开短信合规助手', '退出（不再提醒）']);
    template[0]?.click?.();
    template[2]?.click?.();
    tray.emit('click');
    expect(onOpen).toHaveBeenCalledTimes(2);
    expect(onQuit).toHaveBeenCalledOnce();
  });

  it('restores a minimised window before focusing it', () => {
    const window = { isMinimized: () => true, restore: vi.fn(), show: vi.fn(), focus: vi.fn() };
    revealWindow(window);
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });
});
