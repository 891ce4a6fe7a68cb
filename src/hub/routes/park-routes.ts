import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { poolFigures } from '../../core/hub/pool-figures';
import type { PooledFigures } from '../../core/hub/sync-protocol';
import type { PoolRow } from '../../core/park/pool-row';
import type { RouteContext } from './context';

interface LatestRow {
  company_id: string;
  framework_version: string;
  level: number;
  total_score: number;
  max_score: number;
  domains: { id: string; ratio: number }[];
  name: string;
  cluster: string | null;
  size: 'micro' | 'small' | 'medium' | 'large' | null;
  industry_type: 'discrete' | 'process';
}

export function parkRoutes(app: FastifyInstance, ctx: RouteContext): void {
  // Pooled figures: every role and every installation of the park may read them (they are anonymised
  // and withheld below five companies); the results screen compares a company with them.
  app.get<{ Querystring: { frameworkId: string } }>(
    '/api/v1/park/figures',
    {
      schema: {
        querystring: {
          type: 'object',
          required: ['frameworkId'],
          additionalProperties: false,
          properties: { frameworkId: { type: 'string', minLength: 1, maxLength: 100, pattern: '^[A-Za-z0-9_.-]+$' } },
        },
      },
    },
    async (request) => {
      const who = await ctx.principal(request);
      const { frameworkId } = request.query;
      return ctx.figures.get(who.parkId, frameworkId, () => computeFigures(ctx, who.parkId, frameworkId));
    },
  );
}

async function computeFigures(ctx: RouteContext, parkId: string, frameworkId: string): Promise<PooledFigures & { parkName: string }> {
  // Each company counts once, with its latest assessment of this framework.
  const latest = await sql<LatestRow>`
    SELECT DISTINCT ON (a.company_id) a.company_id, a.framework_version, a.level, a.total_score, a.max_score, a.domains,
           c.name, c.cluster, c.size, c.industry_type
    FROM assessments a JOIN companies c ON c.id = a.company_id
    WHERE a.park_id = ${parkId} AND a.framework_id = ${frameworkId}
    ORDER BY a.company_id, a.completed_at DESC NULLS LAST, a.received_at DESC`.execute(ctx.db);
  const rows: PoolRow[] = latest.rows.map((r) => ({
    id: r.company_id,
    fingerprint: '',
    sourceName: '',
    importedAt: '',
    company: {
      name: r.name,
      industryType: r.industry_type,
      ...(r.cluster ? { cluster: r.cluster } : {}),
      ...(r.size ? { size: r.size } : {}),
    },
    frameworkId,
    frameworkVersion: r.framework_version,
    level: r.level,
    totalScore: r.total_score,
    maxScore: r.max_score,
    domains: r.domains,
  }));
  const park = await ctx.db.selectFrom('parks').select('name').where('id', '=', parkId).executeTakeFirstOrThrow();
  return { parkName: park.name, ...poolFigures(rows, frameworkId) };
}
