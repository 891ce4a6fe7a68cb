import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { bundledFrameworks } from '../core/assessment/bundled-frameworks';
import { principalOf } from './auth/principal';
import type { HubConfig } from './config';
import { registerCors } from './cors';
import type { HubDb } from './db/connect';
import { HubError } from './errors';
import { FiguresCache } from './figures-cache';
import { adminRoutes } from './routes/admin-routes';
import { authRoutes } from './routes/auth-routes';
import { companyRoutes } from './routes/company-routes';
import type { RouteContext } from './routes/context';
import { parkRoutes } from './routes/park-routes';
import { syncRoutes } from './routes/sync-routes';

/** A JSON \\u0000 escape (an odd number of backslashes before it; an even number is a literal backslash). */
const NUL_ESCAPE = /(?:^|[^\\])(?:\\\\)*\\u0000/;

const healthResponse = { type: 'object', properties: { status: { type: 'string' }, database: { type: 'string' } } } as const;

export interface HubServerOptions {
  config: HubConfig;
  db: HubDb;
  /** pino options; false silences the logs (tests). */
  logger?: boolean | object;
}

/** The hub's HTTP API on one Fastify instance (not listening yet: tests use inject, main.ts listens). */
export async function buildHubServer({ config, db, logger }: HubServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger ?? { level: config.logLevel, redact: ['req.headers.authorization', 'req.body.password'] },
    bodyLimit: config.bodyLimit,
    trustProxy: config.trustProxy,
    // Strict validation: an unknown property is an error (not silently dropped) and no type coercion.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, allErrors: false } },
    return503OnClosing: true,
  });

  app.setErrorHandler((error: FastifyError | HubError, request, reply) => {
    if (error instanceof HubError) return reply.code(error.statusCode).send({ error: { code: error.code, message: error.message } });
    if (error.validation) return reply.code(400).send({ error: { code: 'request.invalid', message: error.message } });
    const status = error.statusCode ?? 500;
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed');
      return reply.code(500).send({ error: { code: 'server.error', message: 'the hub could not finish this request; try again' } });
    }
    // Fastify's own refusals: 413 body too large, 415 media type, 400 malformed JSON, 429 rate limit
    return reply.code(status).send({ error: { code: error.code ?? 'request.invalid', message: error.message } });
  });
  // PostgreSQL cannot store U+0000 in text or jsonb; a body carrying one is refused before any query runs.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (NUL_ESCAPE.test(body as string))
      return done(new HubError(400, 'request.nulCharacter', 'text may not contain the character U+0000'), undefined);
    return parseJson(request, body as string, done);
  });
  registerCors(app, config.corsOrigins);
  app.setNotFoundHandler((_request, reply) => reply.code(404).send({ error: { code: 'notFound', message: 'no such endpoint' } }));

  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      error: { code: 'auth.rateLimited', message: `too many attempts; try again in ${context.after}` },
    }),
  });

  const ctx: RouteContext = {
    db,
    config,
    frameworks: bundledFrameworks(),
    principal: (request) => principalOf(db, request),
    figures: new FiguresCache(30_000),
  };

  app.get('/health', { schema: { response: { 200: healthResponse, 503: healthResponse } } }, async (_request, reply) => {
    try {
      await sql`SELECT 1`.execute(db);
      return { status: 'ok', database: 'ok' };
    } catch {
      return reply.code(503).send({ status: 'unavailable', database: 'unreachable' });
    }
  });
  authRoutes(app, ctx);
  adminRoutes(app, ctx);
  companyRoutes(app, ctx);
  syncRoutes(app, ctx);
  parkRoutes(app, ctx);
  return app;
}
