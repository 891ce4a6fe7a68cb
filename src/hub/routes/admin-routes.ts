import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { hashPassword } from '../auth/passwords';
import { requireAccount } from '../auth/principal';
import { newEnrolmentCode, tokenHash } from '../auth/tokens';
import { HubError, notFound } from '../errors';
import type { RouteContext } from './context';
import { idParams, text, uuid } from './schemas';

interface AccountBody {
  username: string;
  password: string;
  role: 'park_admin' | 'provider' | 'company';
  providerId?: string;
  companyId?: string;
}

/** Park administration: providers, accounts, enrolment codes and installations. */
export function adminRoutes(app: FastifyInstance, ctx: RouteContext): void {
  const { db, config } = ctx;

  app.get('/api/v1/providers', { schema: {} }, async (request) => {
    const admin = requireAccount(await ctx.principal(request), ['park_admin']);
    const rows = await db
      .selectFrom('providers')
      .select(['id', 'name', 'created_at'])
      .where('park_id', '=', admin.parkId)
      .orderBy('name')
      .execute();
    return { providers: rows.map((r) => ({ id: r.id, name: r.name, createdAt: r.created_at.toISOString() })) };
  });

  app.post<{ Body: { name: string } }>(
    '/api/v1/providers',
    { schema: { body: { type: 'object', required: ['name'], additionalProperties: false, properties: { name: text(200) } } } },
    async (request, reply) => {
      const admin = requireAccount(await ctx.principal(request), ['park_admin']);
      const row = await db
        .insertInto('providers')
        .values({ park_id: admin.parkId, name: request.body.name })
        .onConflict((oc) => oc.columns(['park_id', 'name']).doNothing())
        .returning(['id', 'name'])
        .executeTakeFirst();
      if (!row) throw new HubError(409, 'provider.exists', 'a provider of that name exists');
      return reply.code(201).send(row);
    },
  );

  app.post<{ Body: AccountBody }>(
    '/api/v1/accounts',
    {
      schema: {
        body: {
          type: 'object',
          required: ['username', 'password', 'role'],
          additionalProperties: false,
          properties: {
            username: { type: 'string', minLength: 3, maxLength: 100, pattern: '^[A-Za-z0-9_.@-]+$' },
            password: { type: 'string', minLength: 12, maxLength: 200 },
            role: { enum: ['park_admin', 'provider', 'company'] },
            providerId: uuid,
            companyId: uuid,
          },
        },
      },
    },
    async (request, reply) => {
      const admin = requireAccount(await ctx.principal(request), ['park_admin']);
      const { username, password, role, providerId, companyId } = request.body;
      if ((role === 'provider') !== (providerId !== undefined) || (role === 'company') !== (companyId !== undefined))
        throw new HubError(
          400,
          'account.roleMismatch',
          'a provider account names its provider, a company account its company, an administrator neither',
        );
      if (providerId) await ownedBy(ctx, 'providers', providerId, admin.parkId);
      if (companyId) await ownedBy(ctx, 'companies', companyId, admin.parkId);
      const row = await db
        .insertInto('accounts')
        .values({
          park_id: admin.parkId,
          username,
          password_hash: await hashPassword(password),
          role,
          provider_id: providerId ?? null,
          company_id: companyId ?? null,
        })
        .onConflict((oc) => oc.column('username').doNothing())
        .returning(['id', 'username', 'role'])
        .executeTakeFirst();
      if (!row) throw new HubError(409, 'account.exists', 'that username is taken');
      return reply.code(201).send(row);
    },
  );

  app.post<{ Body: { providerId?: string; companyId?: string } }>(
    '/api/v1/enrolment-codes',
    { schema: { body: { type: 'object', additionalProperties: false, properties: { providerId: uuid, companyId: uuid } } } },
    async (request, reply) => {
      const who = requireAccount(await ctx.principal(request), ['park_admin', 'provider']);
      const { providerId, companyId } = request.body;
      if (providerId && companyId) throw new HubError(400, 'enrolment.oneOwner', 'an installation acts for one provider or one company');
      let owner: { provider_id: string | null; company_id: string | null } = {
        provider_id: providerId ?? null,
        company_id: companyId ?? null,
      };
      if (who.role === 'provider') {
        // A provider enrols its own team's installations, or one of its own clients'.
        if (providerId && providerId !== who.providerId) throw notFound('provider');
        if (companyId) await clientOf(ctx, companyId, who.providerId);
        owner = companyId ? { provider_id: null, company_id: companyId } : { provider_id: who.providerId, company_id: null };
      } else {
        if (providerId) await ownedBy(ctx, 'providers', providerId, who.parkId);
        if (companyId) await ownedBy(ctx, 'companies', companyId, who.parkId);
      }
      const code = newEnrolmentCode();
      const expiresAt = new Date(Date.now() + config.enrolmentCodeTtlMs);
      await db
        .insertInto('enrolment_codes')
        .values({ code_hash: tokenHash(code), park_id: who.parkId, ...owner, created_by: who.accountId, expires_at: expiresAt })
        .execute();
      return reply.code(201).send({ code, expiresAt: expiresAt.toISOString() });
    },
  );

  app.get('/api/v1/installations', { schema: {} }, async (request) => {
    const who = requireAccount(await ctx.principal(request), ['park_admin', 'provider']);
    let query = db
      .selectFrom('installations')
      .select(['id', 'name', 'provider_id', 'company_id', 'created_at', 'last_seen_at', 'revoked_at'])
      .where('park_id', '=', who.parkId);
    if (who.role === 'provider') query = query.where('provider_id', '=', who.providerId);
    const rows = await query.orderBy('created_at').execute();
    return {
      installations: rows.map((r) => ({
        id: r.id,
        name: r.name,
        providerId: r.provider_id,
        companyId: r.company_id,
        createdAt: r.created_at.toISOString(),
        lastSeenAt: r.last_seen_at?.toISOString() ?? null,
        revokedAt: r.revoked_at?.toISOString() ?? null,
      })),
    };
  });

  app.post<{ Params: { id: string } }>('/api/v1/installations/:id/revoke', { schema: { params: idParams } }, async (request, reply) => {
    const admin = requireAccount(await ctx.principal(request), ['park_admin']);
    const row = await db
      .updateTable('installations')
      // revoking twice keeps the first time
      .set({ revoked_at: sql<Date>`coalesce(revoked_at, now())` })
      .where('id', '=', request.params.id)
      .where('park_id', '=', admin.parkId)
      .returning('id')
      .executeTakeFirst();
    if (!row) throw notFound('installation');
    return reply.code(204).send();
  });
}

async function ownedBy(ctx: RouteContext, table: 'providers' | 'companies', id: string, parkId: string): Promise<void> {
  const row = await ctx.db.selectFrom(table).select('id').where('id', '=', id).where('park_id', '=', parkId).executeTakeFirst();
  if (!row) throw notFound(table === 'providers' ? 'provider' : 'company');
}

async function clientOf(ctx: RouteContext, companyId: string, providerId: string | null): Promise<void> {
  const row = await ctx.db
    .selectFrom('companies')
    .select('id')
    .where('id', '=', companyId)
    .where('provider_id', '=', providerId)
    .executeTakeFirst();
  if (!row) throw notFound('company');
}
