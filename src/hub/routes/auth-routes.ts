import type { FastifyInstance } from 'fastify';
import { decoyHash, verifyPassword } from '../auth/passwords';
import { newToken, tokenHash } from '../auth/tokens';
import { HubError } from '../errors';
import type { RouteContext } from './context';
import { text } from './schemas';

interface LoginBody {
  username: string;
  password: string;
}

export function authRoutes(app: FastifyInstance, ctx: RouteContext): void {
  const { db, config } = ctx;

  app.post<{ Body: LoginBody }>(
    '/api/v1/login',
    {
      config: { rateLimit: { max: config.loginRateLimit, timeWindow: '1 minute' } },
      schema: {
        body: {
          type: 'object',
          required: ['username', 'password'],
          additionalProperties: false,
          properties: { username: text(100), password: text(200) },
        },
        response: {
          200: {
            type: 'object',
            properties: {
              token: { type: 'string' },
              expiresAt: { type: 'string' },
              role: { type: 'string' },
              providerId: { type: ['string', 'null'] },
              companyId: { type: ['string', 'null'] },
            },
          },
        },
      },
    },
    async (request) => {
      const { username, password } = request.body;
      const account = await db.selectFrom('accounts').selectAll().where('username', '=', username).executeTakeFirst();
      const ok = await verifyPassword(password, account?.password_hash ?? (await decoyHash));
      if (!account || !ok) {
        request.log.info({ username: username.slice(0, 100) }, 'login refused');
        throw new HubError(401, 'auth.badCredentials', 'wrong username or password');
      }
      const token = newToken('session');
      const expiresAt = new Date(Date.now() + config.sessionTtlMs);
      await db
        .insertInto('sessions')
        .values({ token_hash: tokenHash(token), account_id: account.id, expires_at: expiresAt })
        .execute();
      // Expired sessions are cleared as new ones open, so the table stays small without a timer.
      await db.deleteFrom('sessions').where('expires_at', '<', new Date()).execute();
      return {
        token,
        expiresAt: expiresAt.toISOString(),
        role: account.role,
        providerId: account.provider_id,
        companyId: account.company_id,
      };
    },
  );

  app.post('/api/v1/logout', { schema: {} }, async (request, reply) => {
    const who = await ctx.principal(request);
    if (who.kind !== 'account') throw new HubError(403, 'auth.forbidden', 'installations have no session');
    await db.deleteFrom('sessions').where('token_hash', '=', who.tokenHash).execute();
    return reply.code(204).send();
  });

  app.get('/api/v1/me', { schema: {} }, async (request) => {
    const who = await ctx.principal(request);
    const park = await db.selectFrom('parks').select(['id', 'name']).where('id', '=', who.parkId).executeTakeFirstOrThrow();
    if (who.kind === 'installation')
      return { kind: 'installation', park, installationId: who.installationId, providerId: who.providerId, companyId: who.companyId };
    return { kind: 'account', park, role: who.role, providerId: who.providerId, companyId: who.companyId };
  });
}
