import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorFallback } from './ErrorFallback';

interface ErrorBoundaryProps {
  children: ReactNode;
  /** Runs before "try again" re-mounts the screen, e.g. to fetch the screen's code anew. */
  beforeRetry?: () => Promise<unknown> | undefined;
}

interface ErrorBoundaryState {
  error: Error | null;
}

/**
 * Catches a screen that throws while rendering. Only that screen is replaced: the navigation, the company
 * switcher and everything already saved stay as they are, and "try again" re-mounts the screen.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('screen failed', error, info.componentStack);
  }

  private readonly reset = (): void => {
    void Promise.resolve(this.props.beforeRetry?.())
      .catch(() => undefined)
      .then(() => this.setState({ error: null }));
  };

  override render(): ReactNode {
    if (this.state.error) return <ErrorFallback error={this.state.error} onRetry={this.reset} />;
    return this.props.children;
  }
}
