import { describe, expect, it, vi } from 'vitest';
import { createViewerCopyPrompt, withViewerCopyConfirmation } from '@renderer/host/viewer-copy-confirmation';
import type { Host } from '@shared/ipc/host';
import { ok } from '@shared/ipc/result';

function hostWithViewer() {
  const openInViewer = vi.fn(async () => ok(null));
  return { host: { files: { openInViewer } } as unknown as Host, openInViewer };
}

const request = { name: '责任书.pdf', data: new TextEncoder().encode('%PDF-1.7') };

describe('asking before a clear copy goes to a viewer', () => {
  it('opens nothing until the user says yes', async () => {
    const { host, openInViewer } = hostWithViewer();
    const prompt = createViewerCopyPrompt();
    const opening = withViewerCopyConfirmation(host, prompt.ask).files.openInViewer(request);
    await Promise.resolve();
    expect(prompt.isAsking()).toBe(true);
    expect(openInViewer).not.toHaveBeenCalled();
    prompt.reply(true);
    expect(await opening).toEqual({ ok: true, value: null });
    expect(openInViewer).toHaveBeenCalledWith(request);
    expect(prompt.isAsking()).toBe(false);
  });

  it('a no opens nothing and is no error', async () => {
    const { host, openInViewer } = hostWithViewer();
    const prompt = createViewerCopyPrompt();
    const listener = vi.fn();
    prompt.subscribe(listener);
    const opening = withViewerCopyConfirmation(host, prompt.ask).files.openInViewer(request);
    prompt.reply(false);
    expect(await opening).toEqual({ ok: true, value: null });
    expect(openInViewer).not.toHaveBeenCalled();
    expect(listener).toHaveBeenCalledTimes(2);
  });
});
