// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { createMemoryRouter, Outlet, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useReminderNavigation } from '@renderer/obligations/use-reminder-navigation';
import { WorkspacesPage } from '@renderer/pages/workspaces/WorkspacesPage';
import type { AppServices } from '@renderer/session/app-services';
import { SessionProvider } from '@renderer/session/session-context';
import type { WorkspaceSummary } from '@shared/storage/workspace-registry';

afterEach(cleanup);

const kept = { id: 'cd'.repeat(16), label: '城西门店', createdAt: 0, lastOpenedAt: 0, failedAttempts: 0, retryAfter: 0, autoLockMinutes: 10 } satisfies Partial<WorkspaceSummary>;
const deletedId = 'ab'.repeat(16);

function Frame() {
  useReminderNavigation();
  return <Outlet />;
}

function renderApp() {
  let clicked: ((itemId: string) => void) | null = null;
  const services = {
    host: {
      reminders: {
        onOpen: (listener: (itemId: string) => void) => {
          clicked = listener;
          return () => undefined;
        },
        overview: async () => ({ ok: true, value: {} }),
      },
      session: { onLockRequested: () => () => undefined },
      files: { discardViewerCopies: vi.fn() },
    },
    registry: {
      get: vi.fn(async (id: string) => (id === kept.id ? kept : null)),
      list: vi.fn(async () => [kept]),
      onboardings: vi.fn(async () => []),
    },
    now: () => 0,
  } as unknown as AppServices;
  const router = createMemoryRouter(
    [
      {
        element: <Frame />,
        children: [
          { path: '/', element: <p>首页</p> },
          { path: '/workspaces', element: <WorkspacesPage /> },
          { path: '/workspaces/:workspaceId/unlock', element: <p>解锁页</p> },
        ],
      },
    ],
    { initialEntries: ['/'] },
  );
  render(
    <SessionProvider services={services}>
      <RouterProvider router={router} />
    </SessionProvider>,
  );
  return { click: (itemId: string) => clicked?.(itemId) };
}

describe('a clicked reminder', () => {
  it('of a deleted workspace opens the workspace list with a Chinese message, not a blank page', async () => {
    const { click } = renderApp();
    await screen.findByText('首页');
    click(`${deletedId}/rotation`);
    expect((await screen.findByTestId('workspace-list-notice')).textContent).toBe('您点开的提醒属于一个已经删除的工作区，它的提醒已不再有效。请选择其他工作区。');
    expect(screen.getByText('城西门店')).toBeTruthy();
  });

  it('of another workspace that still exists opens its unlock screen', async () => {
    const { click } = renderApp();
    await screen.findByText('首页');
    click(`${kept.id}/rotation`);
    expect(await screen.findByText('解锁页')).toBeTruthy();
  });
});
