import type { ComponentType } from 'react';
import { createBrowserRouter } from 'react-router';
import { HomePage } from '@renderer/pages/HomePage';
import { WorkspacesPage } from '@renderer/pages/workspaces/WorkspacesPage';
import { AppLayout } from './AppLayout';
import { NotFoundPage } from './NotFoundPage';
import { RequireWorkspace } from './RequireWorkspace';
import { RouteErrorPage } from './RouteErrorPage';

// Only the workspace list and 首页 (where every start lands) ship in the first script; every other screen (and
// the forms library it brings) loads when it is first opened.
const page = <M,>(load: () => Promise<M>, pick: (module: M) => ComponentType) => ({
  lazy: async () => ({ Component: pick(await load()) }),
});

/** The app's screens: workspace choice first, then the five sections behind the gate. */
export function createAppRouter() {
  return createBrowserRouter([
    {
      element: <AppLayout />,
      children: [
        {
          errorElement: <RouteErrorPage />,
          children: [
            { path: 'workspaces', element: <WorkspacesPage /> },
            { path: 'workspaces/new', ...page(() => import('@renderer/pages/workspaces/CreateWorkspacePage'), (m) => m.CreateWorkspacePage) },
            { path: 'workspaces/restore', ...page(() => import('@renderer/pages/workspaces/RestoreBackupPage'), (m) => m.RestoreBackupPage) },
            { path: 'workspaces/:workspaceId/unlock', ...page(() => import('@renderer/pages/workspaces/UnlockWorkspacePage'), (m) => m.UnlockWorkspacePage) },
            {
              element: <RequireWorkspace />,
              children: [
                { index: true, element: <HomePage /> },
                { path: 'sign', ...page(() => import('@renderer/pages/SignPage'), (m) => m.SignPage) },
                { path: 'ledgers', ...page(() => import('@renderer/pages/LedgersPage'), (m) => m.LedgersPage) },
                // Every ledger of the registry, by its definition id.
                { path: 'ledgers/:ledgerId', ...page(() => import('@renderer/pages/ledgers/LedgerListPage'), (m) => m.LedgerListPage) },
                { path: 'ledgers/:ledgerId/new', ...page(() => import('@renderer/pages/ledgers/LedgerNewPage'), (m) => m.LedgerNewPage) },
                { path: 'ledgers/:ledgerId/:recordId', ...page(() => import('@renderer/pages/ledgers/LedgerRecordPage'), (m) => m.LedgerRecordPage) },
                { path: 'documents', ...page(() => import('@renderer/pages/DocumentsPage'), (m) => m.DocumentsPage) },
                { path: 'settings', ...page(() => import('@renderer/pages/SettingsPage'), (m) => m.SettingsPage) },
                { path: 'handover', ...page(() => import('@renderer/pages/HandOverPage'), (m) => m.HandOverPage) },
              ],
            },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}
