/**
 * Which hub addresses the app accepts. The hub carries a park's assessments, so the connection must be
 * encrypted (https), except to this machine (loopback: a hub on the same PC, or a reverse proxy in front
 * of it) or, when the user has explicitly turned on "local network", to a private-network address.
 */
export type HubAddressProblem = 'hub.address.invalid' | 'hub.address.notHttps' | 'hub.address.credentials' | 'hub.address.path';

export type CheckedHubAddress = { ok: true; origin: string } | { ok: false; problem: HubAddressProblem };

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}

function isPrivateNetwork(host: string): boolean {
  const v4 = /^(\d{1,3})\.(\d{1,3})\.\d{1,3}\.\d{1,3}$/.exec(host);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
  }
  // IPv6 unique-local (fc00::/7) and link-local (fe80::/10); mDNS names of the local network
  return /^\[f[cd][0-9a-f]{0,2}:/i.test(host) || /^\[fe[89ab][0-9a-f]?:/i.test(host) || host.endsWith('.local');
}

export function checkHubAddress(input: string, options: { allowLocalNetwork: boolean }): CheckedHubAddress {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, problem: 'hub.address.invalid' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, problem: 'hub.address.invalid' };
  if (url.username || url.password) return { ok: false, problem: 'hub.address.credentials' };
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) return { ok: false, problem: 'hub.address.path' };
  if (url.protocol === 'http:' && !isLoopback(url.hostname) && !(options.allowLocalNetwork && isPrivateNetwork(url.hostname)))
    return { ok: false, problem: 'hub.address.notHttps' };
  return { ok: true, origin: url.origin };
}

export function isLoopbackOrigin(origin: string): boolean {
  try {
    return isLoopback(new URL(origin).hostname);
  } catch {
    return false;
  }
}
