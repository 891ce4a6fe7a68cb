import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppRoute } from '../routes';
import { ErrorBoundary } from './ErrorBoundary';
import { NotFoundScreen } from './NotFoundScreen';

interface ScreenOutletProps {
  route: AppRoute | undefined;
  path: string;
  /** True while the next screen's code loads; the current screen stays until it is ready. */
  pending: boolean;
}

function ScreenLoading() {
  const { t } = useTranslation('common');
  return (
    <p className="gz-loading" role="status">
      {t('shell.loading')}
    </p>
  );
}

/**
 * Renders the current screen inside its own error boundary and, after every navigation (a sub-page of the same
 * screen included: "add company", "save profile", "start"), moves focus to the new content: the element marked
 * `data-focus-first` (a form's first field, the question) or else the screen's heading. Without this, focus
 * would stay on a button that no longer exists and fall back to the page body.
 */
export function ScreenOutlet({ route, path, pending }: ScreenOutletProps) {
  const { t } = useTranslation('common');
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const main = mainRef.current;
    if (!main) return;
    // Screens load lazily and fetch their data: wait for the heading to appear, then focus the new content.
    const focusContent = (): boolean => {
      const title = main.querySelector<HTMLElement>('[data-screen-title]');
      if (!title) return false;
      const target = main.querySelector<HTMLElement>('[data-focus-first]') ?? title;
      target.focus({ preventScroll: false });
      return true;
    };
    if (focusContent()) return;
    const observer = new MutationObserver(() => {
      if (focusContent()) observer.disconnect();
    });
    observer.observe(main, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [path]);

  const Screen = route?.Screen;
  return (
    <main className="gz-main" id="gz-main" ref={mainRef} tabIndex={-1} aria-busy={pending}>
      {pending ? <div className="gz-progress" role="progressbar" aria-label={t('shell.loading')} /> : null}
      <ErrorBoundary key={path} beforeRetry={Screen?.preload}>
        <Suspense fallback={<ScreenLoading />}>{Screen ? <Screen /> : <NotFoundScreen path={path} />}</Suspense>
      </ErrorBoundary>
    </main>
  );
}
