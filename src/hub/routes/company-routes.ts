import type { FastifyInstance } from 'fastify';
import type { SelectQueryBuilder } from 'kysely';
import type { CompanyProfile } from '../../core/assessment/bundle';
import { requireAccount, type Principal } from '../auth/principal';
import type { HubDatabase } from '../db/schema';
import { forbidden, notFound } from '../errors';
import type { RouteContext } from './context';
import { companyProfile, idParams, uuid } from './schemas';

type CompanyQuery<O> = SelectQueryBuilder<HubDatabase, 'companies', O>;

/** The companies a principal may see in full: a provider its clients, a company itself. */
function visible<O>(query: CompanyQuery<O>, who: Extract<Principal, { kind: 'account' }>): CompanyQuery<O> {
  const inPark = query.where('companies.park_id', '=', who.parkId);
  if (who.role === 'provider') return inPark.where('companies.provider_id', '=', who.providerId);
  if (who.role === 'company') return inPark.where('companies.id', '=', who.companyId);
  throw forbidden();
}

const profileColumns = [
  'companies.id',
  'companies.name',
  'companies.cluster',
  'companies.sub_sector',
  'companies.industry_type',
  'companies.size',
  'companies.revenue_band',
  'companies.provider_id',
] as const;

export function companyRoutes(app: FastifyInstance, ctx: RouteContext): void {
  const { db } = ctx;

  // Administrator: which companies have reported and when (names only, no figures). Provider and company:
  // their own, with the latest level per framework.
  app.get('/api/v1/companies', { schema: {} }, async (request) => {
    const who = requireAccount(await ctx.principal(request), ['park_admin', 'provider', 'company']);
    const reported = db
      .selectFrom('companies')
      .leftJoin('assessments', 'assessments.company_id', 'companies.id')
      .select(['companies.id', 'companies.name', 'companies.cluster', 'companies.provider_id'])
      .select((eb) => [
        eb.fn.count<number>('assessments.id').as('assessments'),
        eb.fn.max('assessments.received_at').as('last_reported_at'),
      ])
      .groupBy(['companies.id', 'companies.name', 'companies.cluster', 'companies.provider_id'])
      .orderBy('companies.name');
    const rows =
      who.role === 'park_admin'
        ? await reported.where('companies.park_id', '=', who.parkId).execute()
        : await visible(reported, who).execute();
    return {
      companies: rows.map((r) => ({
        id: r.id,
        name: r.name,
        cluster: r.cluster,
        providerId: r.provider_id,
        assessments: r.assessments,
        lastReportedAt: r.last_reported_at ? new Date(r.last_reported_at).toISOString() : null,
      })),
    };
  });

  app.post<{ Body: CompanyProfile & { providerId?: string } }>(
    '/api/v1/companies',
    { schema: { body: { ...companyProfile, properties: { ...companyProfile.properties, providerId: uuid } } } },
    async (request, reply) => {
      const who = requireAccount(await ctx.principal(request), ['park_admin', 'provider']);
      const { providerId, ...profile } = request.body;
      if (who.role === 'provider' && providerId && providerId !== who.providerId) throw notFound('provider');
      const owner = who.role === 'provider' ? who.providerId : (providerId ?? null);
      if (owner && who.role === 'park_admin') {
        const known = await db
          .selectFrom('providers')
          .select('id')
          .where('id', '=', owner)
          .where('park_id', '=', who.parkId)
          .executeTakeFirst();
        if (!known) throw notFound('provider');
      }
      const row = await db
        .insertInto('companies')
        .values({ park_id: who.parkId, provider_id: owner, ...profileRow(profile) })
        .returning('id')
        .executeTakeFirstOrThrow();
      return reply.code(201).send(row);
    },
  );

  app.get<{ Params: { id: string } }>('/api/v1/companies/:id', { schema: { params: idParams } }, async (request) => {
    const who = requireAccount(await ctx.principal(request), ['park_admin', 'provider', 'company']);
    // the administrator sees pooled figures only, never one company's
    if (who.role === 'park_admin') throw forbidden();
    const company = await visible(db.selectFrom('companies').select(profileColumns), who)
      .where('companies.id', '=', request.params.id)
      .executeTakeFirst();
    if (!company) throw notFound('company');
    const assessments = await db
      .selectFrom('assessments')
      .select(['id', 'framework_id', 'framework_version', 'level', 'total_score', 'max_score', 'domains', 'completed_at', 'received_at'])
      .where('company_id', '=', company.id)
      .orderBy('completed_at', 'desc')
      .execute();
    const inspections = await db
      .selectFrom('inspection_stats')
      .select(['project_name', 'period_from', 'period_to', 'checked', 'ng', 'defect_types'])
      .where('company_id', '=', company.id)
      .orderBy('period_to', 'desc')
      .execute();
    return {
      company: { id: company.id, providerId: company.provider_id, ...profileOf(company) },
      assessments: assessments.map((a) => ({
        id: a.id,
        frameworkId: a.framework_id,
        frameworkVersion: a.framework_version,
        level: a.level,
        totalScore: a.total_score,
        maxScore: a.max_score,
        domains: a.domains,
        completedAt: a.completed_at?.toISOString() ?? null,
        receivedAt: a.received_at.toISOString(),
      })),
      inspections: inspections.map((s) => ({
        projectName: s.project_name,
        from: s.period_from.toISOString(),
        to: s.period_to.toISOString(),
        checked: s.checked,
        ng: s.ng,
        ngRate: s.checked === 0 ? 0 : Math.round((s.ng / s.checked) * 10_000) / 10_000,
        defectTypes: s.defect_types,
      })),
    };
  });

  app.patch<{ Params: { id: string }; Body: CompanyProfile }>(
    '/api/v1/companies/:id',
    { schema: { params: idParams, body: companyProfile } },
    async (request) => {
      const who = requireAccount(await ctx.principal(request), ['provider']);
      const row = await db
        .updateTable('companies')
        .set({ ...profileRow(request.body), updated_at: new Date() })
        .where('id', '=', request.params.id)
        .where('park_id', '=', who.parkId)
        .where('provider_id', '=', who.providerId)
        .returning('id')
        .executeTakeFirst();
      if (!row) throw notFound('company');
      return { id: row.id };
    },
  );
}

export function profileRow(p: CompanyProfile) {
  return {
    name: p.name,
    cluster: p.cluster ?? null,
    sub_sector: p.subSector ?? null,
    industry_type: p.industryType,
    size: p.size ?? null,
    revenue_band: p.revenueBand ?? null,
  };
}

function profileOf(r: {
  name: string;
  cluster: string | null;
  sub_sector: string | null;
  industry_type: 'discrete' | 'process';
  size: CompanyProfile['size'] | null;
  revenue_band: string | null;
}): CompanyProfile {
  return {
    name: r.name,
    industryType: r.industry_type,
    ...(r.cluster ? { cluster: r.cluster } : {}),
    ...(r.sub_sector ? { subSector: r.sub_sector } : {}),
    ...(r.size ? { size: r.size } : {}),
    ...(r.revenue_band ? { revenueBand: r.revenue_band } : {}),
  };
}
