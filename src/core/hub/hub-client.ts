import type { EnrolResponse, PooledFigures, SyncItem, SyncResponse } from './sync-protocol';

/**
 * The app's calls to a park hub, on the standard fetch API (the renderer's, or Node's in tests). Each
 * failure is sorted into what the user can act on: the hub cannot be reached (try later), the
 * installation was disconnected (enrol again), or the hub refused the request (with its code).
 */
export type HubFailure =
  | { code: 'hub.unreachable'; detail: string }
  | { code: 'hub.deviceRevoked' }
  | { code: 'hub.unauthorised' }
  | { code: 'hub.invalidCode' }
  | { code: 'hub.rateLimited' }
  | { code: 'hub.refused'; status: number; detail: string }
  | { code: 'hub.serverError'; status: number };

export type HubAnswer<T> = { ok: true; value: T } | { ok: false; failure: HubFailure };

export interface HubClientOptions {
  origin: string;
  fetch: typeof fetch;
  timeoutMs?: number;
}

async function call<T>(
  options: HubClientOptions,
  method: 'GET' | 'POST',
  path: string,
  token: string | undefined,
  body?: unknown,
): Promise<HubAnswer<T>> {
  let response: Response;
  try {
    response = await options.fetch(`${options.origin}${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
      // the hub is another origin: CORS, and never a cookie
      mode: 'cors',
      credentials: 'omit',
      redirect: 'error',
    });
  } catch (error) {
    return { ok: false, failure: { code: 'hub.unreachable', detail: String(error) } };
  }
  let data: unknown;
  try {
    data = await response.json();
  } catch {
    data = undefined;
  }
  if (response.ok) return { ok: true, value: data as T };
  const code = (data as { error?: { code?: string; message?: string } } | undefined)?.error;
  if (response.status === 401)
    return { ok: false, failure: code?.code === 'auth.deviceRevoked' ? { code: 'hub.deviceRevoked' } : { code: 'hub.unauthorised' } };
  if (response.status === 429) return { ok: false, failure: { code: 'hub.rateLimited' } };
  if (code?.code === 'enrolment.invalidCode') return { ok: false, failure: { code: 'hub.invalidCode' } };
  if (response.status >= 500) return { ok: false, failure: { code: 'hub.serverError', status: response.status } };
  return { ok: false, failure: { code: 'hub.refused', status: response.status, detail: code?.code ?? String(response.status) } };
}

export function enrol(options: HubClientOptions, code: string, name: string): Promise<HubAnswer<EnrolResponse>> {
  return call(options, 'POST', '/api/v1/enrol', undefined, { code, name });
}

export function pushItems(options: HubClientOptions, deviceToken: string, items: readonly SyncItem[]): Promise<HubAnswer<SyncResponse>> {
  return call(options, 'POST', '/api/v1/sync', deviceToken, { items });
}

export function pooledFigures(
  options: HubClientOptions,
  deviceToken: string,
  frameworkId: string,
): Promise<HubAnswer<PooledFigures & { parkName: string }>> {
  return call(options, 'GET', `/api/v1/park/figures?frameworkId=${encodeURIComponent(frameworkId)}`, deviceToken);
}
