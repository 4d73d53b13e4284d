import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildAppMenuTemplate } from '@main/app-menu';

function labels(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.label ? [item.label] : []),
    ...(Array.isArray(item.submenu) ? labels(item.submenu) : []),
  ]);
}

describe('application menu', () => {
  it('is entirely in Chinese on Windows and Linux', () => {
    const template = buildAppMenuTemplate('win32', { quit: vi.fn(), showAbout: vi.fn() });
    expect(template.map((item) => item.label)).toEqual(['文件', '编辑', '视图', '窗口', '帮助']);
    for (const label of labels(template)) expect(label).toMatch(/[\u4e00-\u9fff]/);
  });

  it('starts with the app menu on macOS', () => {
    const template = buildAppMenuTemplate('darwin', { quit: vi.fn(), showAbout: vi.fn() });
    expect(template[0]?.label).toBe('短信合规助手');
  });

  it('quits through the app (not the window) so the tray does not swallow it', () => {
    const quit = vi.fn();
    const template = buildAppMenuTemplate('linux', { quit, showAbout: vi.fn() });
    const fileMenu = template[0]?.submenu as MenuItemConstructorOptions[];
    const quitItem = fileMenu.find((item) => item.label === '退出短信合规助手');
    (quitItem?.click as () => void)();
    expect(quit).toHaveBeenCalledOnce();
  });

  it('has no developer tools or reload item', () => {
    const roles = JSON.stringify(buildAppMenuTemplate('linux', { quit: vi.fn(), showAbout: vi.fn() }));
    expect(roles).not.toMatch(/toggleDevTools|forceReload|"reload"/);
  });
});
