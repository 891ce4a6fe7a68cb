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
    // Screens load lazily and fetch their data: focus the heading as soon as it is there, and move on to the
    // content's first field when that appears (a form that loads its record draws it a moment later).
    // Later attempts leave the focus alone once the user has put it somewhere else.
    let initial = true;
    const untouched = (): boolean => {
      const active = document.activeElement;
      return !active || active === document.body || active === main || active.hasAttribute('data-screen-title');
    };
    const focusContent = (): boolean => {
      if (!initial && !untouched()) return true;
      const first = main.querySelector<HTMLElement>('[data-focus-first]');
      if (first) {
        first.focus({ preventScroll: false });
        return true;
      }
      const title = main.querySelector<HTMLElement>('[data-screen-title]');
      if (title) {
        initial = false;
        if (document.activeElement !== title) title.focus({ preventScroll: false });
      }
      return false;
    };
    if (focusContent()) return;
    const observer = new MutationObserver(() => {
      if (focusContent()) observer.disconnect();
    });
    observer.observe(main, { childList: true, subtree: true });
    // Screens without a first field stop watching once they have settled.
    const settle = window.setTimeout(() => observer.disconnect(), 3000);
    return () => {
      observer.disconnect();
      window.clearTimeout(settle);
    };
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
