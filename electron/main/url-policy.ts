/**
 * Which URLs the app's pages may be, navigate to, or open. The renderer is fully offline, so the only
 * legitimate page is the app origin (plus the Vite dev server during `npm run dev`). Everything else,
 * including external http(s) links, is refused: a user manual or link in imported data must not turn
 * the app into a browser running remote content next to the IPC bridge.
 */
import { APP_ENTRY_URL, isSameOrigin, parseUrl } from './app-origin.ts';

export interface UrlPolicy {
  /** True for a page the app serves itself; IPC, permissions and navigation all key off this. */
  isTrustedPage(url: string): boolean;
  /** will-navigate / will-redirect / will-frame-navigate: only in-app navigations proceed. */
  allowNavigation(url: string): boolean;
  /** setWindowOpenHandler: the app never opens a second window nor an external browser. */
  allowWindowOpen(url: string): false;
}

/**
 * @param devServerUrl The electron-vite dev server (ELECTRON_RENDERER_URL); only ever passed when the
 *   app is not packaged. It must be a loopback http URL, so a stray environment variable in a
 *   packaged build cannot widen the policy to a remote host.
 */
export function createUrlPolicy(devServerUrl?: string): UrlPolicy {
  const trustedBases = [APP_ENTRY_URL];
  if (devServerUrl !== undefined && isLoopbackHttp(devServerUrl)) trustedBases.push(devServerUrl);
  const isTrustedPage = (url: string): boolean => trustedBases.some((base) => isSameOrigin(url, base));
  return {
    isTrustedPage,
    allowNavigation: isTrustedPage,
    allowWindowOpen: () => false,
  };
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function isLoopbackHttp(raw: string): boolean {
  const url = parseUrl(raw);
  return url !== null && url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
}
