/** Hash routing: "#/assess/abc" is the path "/assess/abc". It works from file://, app:// and http alike. */
export function pathFromHash(hash: string): string {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  const path = raw.split('?')[0] ?? '';
  if (!path.startsWith('/')) return '/';
  const trimmed = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
  return trimmed;
}

export function hrefFor(path: string): string {
  return `#${path}`;
}

/** True when `path` is the route's own path or lies below it ("/assess/42" is under "/assess"). */
export function isUnder(path: string, routePath: string): boolean {
  return path === routePath || path.startsWith(`${routePath}/`);
}

export function navigate(path: string): void {
  window.location.hash = path;
}
