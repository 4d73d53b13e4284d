import { isRouteErrorResponse, useRouteError } from 'react-router';
import { toAppError } from '@shared/errors/app-error';
import { ErrorPanel } from './ErrorPanel';

/** Shown by the router when a page throws while rendering or loading. */
export function RouteErrorPage() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) {
    return <ErrorPanel code="ui/page-not-found" withRouter />;
  }
  const appError = toAppError(error);
  return <ErrorPanel code={appError.code === 'internal/unexpected' ? 'ui/render-failed' : appError.code} withRouter />;
}
