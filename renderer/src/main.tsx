import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { ErrorBoundary } from './app/ErrorBoundary';
import { ErrorPanel } from './app/ErrorPanel';
import { createAppRouter } from './app/router';
import { ViewerCopyDialog } from './app/ViewerCopyDialog';
import { HostProvider, PadHostProvider, resolveHost } from './host/host-context';
import { createViewerCopyPrompt, withViewerCopyConfirmation } from './host/viewer-copy-confirmation';
import { createAppServices } from './session/app-services';
import { PresentationProvider } from './session/presentation-context';
import { SessionProvider } from './session/session-context';
import './styles/app.css';
import './styles/ledgers.css';
import './styles/content-review.css';
import './styles/security.css';

const PadPage = lazy(async () => ({ default: (await import('./pages/PadPage')).PadPage }));
import './styles/signing.css';

const container = document.getElementById('root');
if (container === null) throw new Error('missing #root');
const root = createRoot(container);
const resolved = resolveHost(window.location, { host: window.host, padHost: window.padHost });

switch (resolved.kind) {
  case 'preload-missing':
    root.render(
      <StrictMode>
        <main className="app-main">
          <ErrorPanel code="ui/preload-missing" withRouter={false} />
        </main>
      </StrictMode>,
    );
    break;
  case 'pad':
    root.render(
      <StrictMode>
        <ErrorBoundary>
          <PadHostProvider padHost={resolved.padHost}>
            <Suspense>
              <PadPage />
            </Suspense>
          </PadHostProvider>
        </ErrorBoundary>
      </StrictMode>,
    );
    break;
  case 'app': {
    // No workspace is open when the app starts, and then 首页 is the workspace
    // list: go there before the first render rather than redirect after it.
    if (window.location.pathname === '/') window.history.replaceState(window.history.state, '', '/workspaces');
    const viewerPrompt = createViewerCopyPrompt();
    const host = withViewerCopyConfirmation(resolved.host, viewerPrompt.ask);
    const services = createAppServices(host);
    root.render(
      <StrictMode>
        <ErrorBoundary>
          <HostProvider host={host}>
            <SessionProvider services={services}>
              <PresentationProvider>
                <RouterProvider router={createAppRouter()} />
              </PresentationProvider>
              <ViewerCopyDialog prompt={viewerPrompt} runtime={resolved.runtime} />
            </SessionProvider>
          </HostProvider>
        </ErrorBoundary>
      </StrictMode>,
    );
    break;
  }
}
