import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { attachRendererGoneHandler, rendererGoneUrl } from '@main/renderer-gone';
import { resolveAppFile } from '@main/app-protocol';

describe('a renderer that is gone', () => {
  it.each(['crashed', 'oom', 'killed', 'abnormal-exit', 'launch-failed', 'integrity-failure'])('is replaced after %s, and the reason logged', (reason) => {
    const contents = new EventEmitter();
    const recover = vi.fn();
    const log = vi.fn();
    attachRendererGoneHandler(contents, recover, log);
    contents.emit('render-process-gone', {}, { reason, exitCode: 1 });
    expect(recover).toHaveBeenCalledOnce();
    expect(log).toHaveBeenCalledWith(reason);
  });

  it('is left alone after a clean exit (the window is closing)', () => {
    const contents = new EventEmitter();
    const recover = vi.fn();
    attachRendererGoneHandler(contents, recover, vi.fn());
    contents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
    expect(recover).not.toHaveBeenCalled();
  });

  it('the reload page is a static file of the app, in Chinese, with a way back and no script', async () => {
    const { readFile } = await import('node:fs/promises');
    const file = resolveAppFile('renderer/public', new URL(rendererGoneUrl).pathname);
    expect(file).not.toBeNull();
    const html = await readFile(file!, 'utf8');
    expect(html).toContain('lang="zh-CN"');
    expect(html).toContain('重新加载');
    expect(html).toContain('href="/workspaces"');
    expect(html).not.toMatch(/<script/i);
  });
});
