// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SnapshotFailureNotice } from '@renderer/features/security/SnapshotFailureNotice';
import type { AppServices } from '@renderer/session/app-services';
import { SessionProvider } from '@renderer/session/session-context';
import { snapshotFailureKey } from '@renderer/session/use-automatic-snapshots';
import { WorkspaceRegistry } from '@renderer/storage/registry-db';
import { createFakeIdbEnvironment } from '../../../../support/fake-idb';

afterEach(cleanup);

const workspaceId = 'ab'.repeat(16);

describe('the notice of a failed snapshot', () => {
  it('says in Chinese when and why the snapshot failed, leads to 设置, and goes once a snapshot succeeds', async () => {
    const registry = new WorkspaceRegistry(createFakeIdbEnvironment());
    await registry.setSetting(snapshotFailureKey(workspaceId), { at: Date.UTC(2026, 10, 28, 2, 5), code: 'files/write-failed' });
    const services = { registry, host: { session: { onLockRequested: () => () => undefined }, files: { discardViewerCopies: vi.fn() } } } as unknown as AppServices;
    render(
      <SessionProvider services={services}>
        <RouterProvider router={createMemoryRouter([{ path: '/', element: <SnapshotFailureNotice workspaceId={workspaceId} /> }])} />
      </SessionProvider>,
    );
    const notice = await screen.findByTestId('snapshot-failure-notice');
    expect(notice.textContent).toBe(
      '自动快照没有保存成功（2026-11-28 10:05）：文件没有保存成功。请检查磁盘空间和文件夹权限后重试。 数据本身没有受影响，但这一天没有快照。 去「设置 → 安全与备份」立即备份',
    );
    expect(screen.getByRole('link', { name: '去「设置 → 安全与备份」立即备份' }).getAttribute('href')).toBe('/settings');
    await act(() => registry.setSetting(snapshotFailureKey(workspaceId), null));
    await waitFor(() => expect(screen.queryByTestId('snapshot-failure-notice')).toBeNull());
  });
});
