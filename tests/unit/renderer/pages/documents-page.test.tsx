// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { useEffect } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WorkspaceSummary } from '@shared/storage/workspace-registry';
import { DocumentsPage } from '@renderer/pages/DocumentsPage';
import type { AppServices } from '@renderer/session/app-services';
import { SessionProvider, useSession } from '@renderer/session/session-context';
import { attachScan, saveWetInkLetter } from '@renderer/signing/letters-repository';
import { WorkspaceRegistry } from '@renderer/storage/registry-db';
import type { WorkspaceStore } from '@renderer/storage/workspace-store';
import { openTestWorkspace } from '../../../support/open-test-store';

afterEach(cleanup);

// Workaround: vitest's jsdom environment puts jsdom's own Uint8Array and
// ArrayBuffer on the global object, while structuredClone (fake-indexeddb),
// TextEncoder and WebCrypto still make Node's; the store's `instanceof`
// checks then take every row for unreadable. Node's constructors are put back.
const nodeBytes = new TextEncoder().encode('');
globalThis.Uint8Array = nodeBytes.constructor as Uint8ArrayConstructor;
globalThis.ArrayBuffer = nodeBytes.buffer.constructor as ArrayBufferConstructor;

const now = Date.parse('2026-11-28T10:00:00+08:00');
const pdf = (name: string) => ({ name, data: new Uint8Array([37, 80, 68, 70, 45]) });

/** Opens the workspace in the session, as unlocking does, then shows the page. */
function Unlocked({ store }: { store: WorkspaceStore }) {
  const { session, begin } = useSession();
  useEffect(() => {
    begin({ id: store.workspaceId, label: '门店', createdAt: 0, lastOpenedAt: 0, failedAttempts: 0, retryAfter: 0, autoLockMinutes: 10 } satisfies WorkspaceSummary, store);
  }, [begin, store]);
  return session === null ? null : <DocumentsPage />;
}

describe('文档', () => {
  it('shows a letter and its scan as soon as they are written, from the change events alone', async () => {
    const { store, environment } = await openTestWorkspace();
    const services = {
      registry: new WorkspaceRegistry(environment),
      host: { session: { onLockRequested: () => () => undefined }, files: { discardViewerCopies: vi.fn() } },
      now: () => now,
    } as unknown as AppServices;
    render(
      <SessionProvider services={services}>
        <RouterProvider router={createMemoryRouter([{ path: '/', element: <Unlocked store={store} /> }])} />
      </SessionProvider>,
    );
    expect(await screen.findByText('还没有文档。签署责任书后，带数字签名的 PDF 会出现在这里。')).toBeTruthy();
    expect(screen.queryByTestId('letter-card')).toBeNull();

    // Written outside the page: nothing on it is told, only the store announces the write.
    const letterId = await act(() =>
      saveWetInkLetter(store, { operatorName: '城南张记小吃店', signedAt: now - 86_400_000, templateId: 't', templateVersion: 1, templateSha256: 'x' }, pdf('扫描件.pdf'), now),
    );
    const card = await screen.findByTestId('letter-card');
    expect(within(card).getByRole('heading').textContent).toContain('城南张记小吃店');
    const scans = () => within(screen.getByTestId('letter-card')).queryAllByRole('button', { name: /查看扫描件/ });
    const before = scans().length;

    await act(() => attachScan(store, letterId, pdf('第二页.pdf'), now));
    await waitFor(() => expect(scans()).toHaveLength(before + 1));
  });
});
