import { Component, type ErrorInfo, type ReactNode } from 'react';
import { toAppError, type AppErrorCode } from '@shared/errors/app-error';
import { ErrorPanel } from './ErrorPanel';

type ErrorBoundaryProps = Readonly<{ children: ReactNode }>;
type ErrorBoundaryState = Readonly<{ code: AppErrorCode | null }>;

/** The last line of defence outside the router: a Chinese message instead of a white window. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { code: null };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    const appError = toAppError(error);
    return { code: appError.code === 'internal/unexpected' ? 'ui/render-failed' : appError.code };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('[ui] render failed', error instanceof Error ? error.name : typeof error, info.componentStack);
  }

  override render() {
    if (this.state.code !== null) return <ErrorPanel code={this.state.code} withRouter={false} />;
    return this.props.children;
  }
}
