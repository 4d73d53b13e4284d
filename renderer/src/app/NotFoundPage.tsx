import { ErrorPanel } from './ErrorPanel';

/** Any address that is not one of the app's sections. */
export function NotFoundPage() {
  return <ErrorPanel code="ui/page-not-found" withRouter />;
}
