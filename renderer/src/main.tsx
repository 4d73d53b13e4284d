import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { ErrorBoundary } from './app/ErrorBoundary';
import { createAppRouter } from './app/router';
import { HostProvider, resolveHost } from './host/host-context';
import './styles/app.css';

const container = document.getElementById('root');
if (container === null) throw new Error('missing #root');

createRoot(container).render(
  <StrictMode>
    <ErrorBoundary>
      <HostProvider host={resolveHost()}>
        <RouterProvider router={createAppRouter()} />
      </HostProvider>
    </ErrorBoundary>
  </StrictMode>,
);
