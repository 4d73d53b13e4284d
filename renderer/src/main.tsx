import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { ErrorBoundary } from './app/ErrorBoundary';
import { createAppRouter } from './app/router';
import { HostProvider, resolveHost } from './host/host-context';
import { createAppServices } from './session/app-services';
import { SessionProvider } from './session/session-context';
import './styles/app.css';
import './styles/signing.css';

const container = document.getElementById('root');
if (container === null) throw new Error('missing #root');

// No workspace is open when the app starts, and then 首页 is the workspace
// list: go there before the first render rather than redirect after it.
if (window.location.pathname === '/') window.history.replaceState(window.history.state, '', '/workspaces');

const host = resolveHost();
const services = createAppServices(host);

createRoot(container).render(
  <StrictMode>
    <ErrorBoundary>
      <HostProvider host={host}>
        <SessionProvider services={services}>
          <RouterProvider router={createAppRouter()} />
        </SessionProvider>
      </HostProvider>
    </ErrorBoundary>
  </StrictMode>,
);
