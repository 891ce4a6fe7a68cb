import type { FastifyInstance } from 'fastify';

/**
 * The desktop app calls the hub from its own origin (app://gongzhi, or the browser build's address), so the
 * hub answers CORS for exactly the origins it is told (HUB_CORS_ORIGINS) and for no other. Tokens travel in
 * the Authorization header, never in cookies, so no credentials mode is needed.
 */
export function registerCors(app: FastifyInstance, origins: readonly string[]): void {
  const allowed = new Set(origins);
  app.addHook('onRequest', async (request, reply) => {
    const origin = request.headers.origin;
    if (!origin || !allowed.has(origin)) return;
    reply.header('Access-Control-Allow-Origin', origin);
    reply.header('Vary', 'Origin');
    if (request.method === 'OPTIONS') {
      reply.header('Access-Control-Allow-Methods', 'GET, POST, PATCH');
      reply.header('Access-Control-Allow-Headers', 'authorization, content-type');
      reply.header('Access-Control-Max-Age', '600');
      await reply.code(204).send();
    }
  });
}
