import type { FastifyRequest } from 'fastify';
import type { HubDb } from '../db/connect';
import type { Role } from '../db/schema';
import { forbidden, unauthorised } from '../errors';
import { tokenHash } from './tokens';

/** Who is calling: a signed-in person (session token) or an enrolled installation (device token). */
export type Principal =
  | {
      kind: 'account';
      accountId: string;
      parkId: string;
      role: Role;
      providerId: string | null;
      companyId: string | null;
      tokenHash: string;
    }
  | { kind: 'installation'; installationId: string; parkId: string; providerId: string | null; companyId: string | null };

function bearer(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (!header?.startsWith('Bearer ')) return undefined;
  return header.slice('Bearer '.length).trim();
}

export async function principalOf(db: HubDb, request: FastifyRequest): Promise<Principal> {
  const token = bearer(request);
  if (!token) throw unauthorised();
  const hash = tokenHash(token);
  if (token.startsWith('gzs_')) {
    const row = await db
      .selectFrom('sessions')
      .innerJoin('accounts', 'accounts.id', 'sessions.account_id')
      .select(['accounts.id', 'accounts.park_id', 'accounts.role', 'accounts.provider_id', 'accounts.company_id', 'sessions.expires_at'])
      .where('sessions.token_hash', '=', hash)
      .executeTakeFirst();
    if (!row) throw unauthorised('auth.invalidToken', 'unknown or signed-out session');
    if (row.expires_at.getTime() <= Date.now()) throw unauthorised('auth.sessionExpired', 'the session has expired; sign in again');
    return {
      kind: 'account',
      accountId: row.id,
      parkId: row.park_id,
      role: row.role,
      providerId: row.provider_id,
      companyId: row.company_id,
      tokenHash: hash,
    };
  }
  if (token.startsWith('gzd_')) {
    const row = await db
      .selectFrom('installations')
      .select(['id', 'park_id', 'provider_id', 'company_id', 'revoked_at'])
      .where('token_hash', '=', hash)
      .executeTakeFirst();
    if (!row) throw unauthorised('auth.invalidToken', 'unknown device token');
    if (row.revoked_at) throw unauthorised('auth.deviceRevoked', 'this installation was disconnected by the park administrator');
    return { kind: 'installation', installationId: row.id, parkId: row.park_id, providerId: row.provider_id, companyId: row.company_id };
  }
  throw unauthorised('auth.invalidToken', 'not a hub token');
}

export function requireAccount(principal: Principal, roles: readonly Role[]): Extract<Principal, { kind: 'account' }> {
  if (principal.kind !== 'account' || !roles.includes(principal.role)) throw forbidden();
  return principal;
}

export function requireInstallation(principal: Principal): Extract<Principal, { kind: 'installation' }> {
  if (principal.kind !== 'installation') throw forbidden();
  return principal;
}
