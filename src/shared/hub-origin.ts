/**
 * A park hub's address as the desktop shell accepts it: a bare http(s) origin (scheme, host, optional port),
 * nothing that could widen a CSP or a request policy (no path, wildcard, quote, space or semicolon). No
 * imports, so main's pure modules (plain Node through type stripping) can use it.
 */
export const HUB_ORIGIN_PATTERN = /^https?:\/\/(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

export function isHubOrigin(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 300 && HUB_ORIGIN_PATTERN.test(value);
}
