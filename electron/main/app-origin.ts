/**
 * The app's origin. IndexedDB, localStorage and the camera grant are all keyed by it, so changing the
 * scheme or host after a release would orphan every user's data: treat these as frozen.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'gongzhi';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/`;

/** Parses without throwing: hostile input must yield "not ours", never an exception. */
export function parseUrl(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

/**
 * True when `raw` is on exactly the origin of `base`. Compared field by field because Node's URL gives
 * `origin === "null"` for non-special schemes such as app:, and because string prefixes would let
 * `app://gongzhi.evil/` or `app://gongzhi@evil/` through.
 */
export function isSameOrigin(raw: string, base: string): boolean {
  const url = parseUrl(raw);
  const expected = parseUrl(base);
  if (!url || !expected) return false;
  return (
    url.protocol === expected.protocol &&
    url.hostname === expected.hostname &&
    url.port === expected.port &&
    url.username === '' &&
    url.password === ''
  );
}

/** True for any URL served by the app itself (app://gongzhi/…). */
export function isAppUrl(raw: string): boolean {
  return isSameOrigin(raw, APP_ENTRY_URL);
}
