import { createBrowserRouter } from 'react-router';
import { DocumentsPage } from '@renderer/pages/DocumentsPage';
import { HomePage } from '@renderer/pages/HomePage';
import { LedgersPage } from '@renderer/pages/LedgersPage';
import { SettingsPage } from '@renderer/pages/SettingsPage';
import { SignPage } from '@renderer/pages/SignPage';
import { AppLayout } from './AppLayout';
import { NotFoundPage } from './NotFoundPage';
import { RouteErrorPage } from './RouteErrorPage';

/** The app's sections; every page error lands on RouteErrorPage inside the layout. */
export function createAppRouter() {
  return createBrowserRouter([
    {
      element: <AppLayout />,
      children: [
        {
          errorElement: <RouteErrorPage />,
          children: [
            { index: true, element: <HomePage /> },
            { path: 'sign', element: <SignPage /> },
            { path: 'ledgers', element: <LedgersPage /> },
            { path: 'documents', element: <DocumentsPage /> },
            { path: 'settings', element: <SettingsPage /> },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}
