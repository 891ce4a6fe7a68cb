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
  /**
   * session.webRequest: the app is offline, so any http(s)/ws(s) request that is not the dev server
   * is cancelled, whatever page or worker made it. In-app, data: and blob: URLs never reach the network.
   */
  allowRequest(url: string): boolean;
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
  const devSocket = devServerUrl !== undefined && trustedBases.includes(devServerUrl) ? devServerUrl.replace(/^http:/, 'ws:') : null;
  return {
    isTrustedPage,
    allowNavigation: isTrustedPage,
    allowWindowOpen: () => false,
    allowRequest: (url) => {
      const protocol = parseUrl(url)?.protocol;
      if (protocol === 'data:' || protocol === 'blob:') return true;
      // Vite's hot reload talks over a WebSocket to the same loopback host and port.
      return isTrustedPage(url) || (devSocket !== null && isSameOrigin(url, devSocket));
    },
  };
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function isLoopbackHttp(raw: string): boolean {
  const url = parseUrl(raw);
  return url !== null && url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
}
