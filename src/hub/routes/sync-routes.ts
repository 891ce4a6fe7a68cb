import type { FastifyInstance } from 'fastify';
import { SYNC_BATCH_MAX, type EnrolResponse, type SyncItem, type SyncItemResult, type SyncResponse } from '../../core/hub/sync-protocol';
import { requireInstallation } from '../auth/principal';
import { newToken, normaliseEnrolmentCode, tokenHash } from '../auth/tokens';
import { HubError } from '../errors';
import { checkItem, type CheckedItem } from '../sync/check-items';
import { storeItems } from '../sync/store-items';
import type { RouteContext } from './context';
import { companyProfile, localId, text, timestamp } from './schemas';

const count = { type: 'integer', minimum: 0, maximum: 100_000_000 } as const;

const syncItem = {
  oneOf: [
    {
      type: 'object',
      required: ['id', 'kind', 'company'],
      additionalProperties: false,
      properties: {
        id: localId,
        kind: { const: 'company' },
        company: {
          type: 'object',
          required: ['localId', 'profile'],
          additionalProperties: false,
          properties: { localId, profile: companyProfile },
        },
      },
    },
    {
      type: 'object',
      required: ['id', 'kind', 'companyLocalId', 'bundle'],
      additionalProperties: false,
      // the bundle's own schema is checked by the core engine (parseBundle), which also re-scores it
      properties: { id: localId, kind: { const: 'assessment' }, companyLocalId: localId, bundle: { type: 'object' } },
    },
    {
      type: 'object',
      required: ['id', 'kind', 'companyLocalId', 'stats'],
      additionalProperties: false,
      properties: {
        id: localId,
        kind: { const: 'inspection' },
        companyLocalId: localId,
        stats: {
          type: 'object',
          // no field for images: the hub never receives photos
          required: ['projectLocalId', 'projectName', 'from', 'to', 'checked', 'ng', 'defectTypes'],
          additionalProperties: false,
          properties: {
            projectLocalId: localId,
            projectName: text(200),
            from: timestamp,
            to: timestamp,
            checked: count,
            ng: count,
            defectTypes: {
              type: 'array',
              maxItems: 50,
              items: { type: 'object', required: ['type', 'count'], additionalProperties: false, properties: { type: text(100), count } },
            },
          },
        },
      },
    },
  ],
} as const;

export function syncRoutes(app: FastifyInstance, ctx: RouteContext): void {
  const { db, config, frameworks } = ctx;

  app.post<{ Body: { code: string; name: string } }>(
    '/api/v1/enrol',
    {
      config: { rateLimit: { max: config.loginRateLimit, timeWindow: '1 minute' } },
      schema: {
        body: { type: 'object', required: ['code', 'name'], additionalProperties: false, properties: { code: text(40), name: text(200) } },
      },
    },
    async (request, reply): Promise<EnrolResponse> => {
      const codeHash = tokenHash(normaliseEnrolmentCode(request.body.code));
      const deviceToken = newToken('device');
      const enrolled = await db.transaction().execute(async (tx) => {
        const code = await tx
          .selectFrom('enrolment_codes')
          .innerJoin('parks', 'parks.id', 'enrolment_codes.park_id')
          .select([
            'enrolment_codes.park_id',
            'enrolment_codes.provider_id',
            'enrolment_codes.company_id',
            'enrolment_codes.expires_at',
            'enrolment_codes.used_at',
            'parks.name',
          ])
          .where('code_hash', '=', codeHash)
          .forUpdate()
          .executeTakeFirst();
        if (!code || code.used_at || code.expires_at.getTime() <= Date.now()) return undefined;
        const installation = await tx
          .insertInto('installations')
          .values({
            park_id: code.park_id,
            provider_id: code.provider_id,
            company_id: code.company_id,
            name: request.body.name,
            token_hash: tokenHash(deviceToken),
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await tx
          .updateTable('enrolment_codes')
          .set({ used_at: new Date(), installation_id: installation.id })
          .where('code_hash', '=', codeHash)
          .execute();
        return { installationId: installation.id, parkName: code.name };
      });
      // One answer for unknown, used and expired codes: the endpoint tells a guesser nothing.
      if (!enrolled) throw new HubError(400, 'enrolment.invalidCode', 'the enrolment code is wrong, used or expired');
      request.log.info({ installationId: enrolled.installationId }, 'installation enrolled');
      return reply.code(201).send({ ...enrolled, deviceToken });
    },
  );

  app.post<{ Body: { items: SyncItem[] } }>(
    '/api/v1/sync',
    {
      schema: {
        body: {
          type: 'object',
          required: ['items'],
          additionalProperties: false,
          properties: { items: { type: 'array', minItems: 1, maxItems: SYNC_BATCH_MAX, items: syncItem } },
        },
      },
    },
    async (request): Promise<SyncResponse> => {
      const inst = requireInstallation(await ctx.principal(request));
      const ids = new Set(request.body.items.map((item) => item.id));
      if (ids.size !== request.body.items.length) throw new HubError(400, 'sync.duplicateIds', 'two items in one batch share an id');
      const refused: SyncItemResult[] = [];
      const ready: CheckedItem[] = [];
      for (const item of request.body.items) {
        const checked = await checkItem(item, frameworks);
        if (checked.ok) ready.push(checked.item);
        else refused.push(checked.result);
      }
      const stored = ready.length > 0 ? await storeItems(db, inst, ready) : [];
      const byId = new Map([...refused, ...stored].map((r) => [r.id, r]));
      const results = request.body.items.map((item) => byId.get(item.id)).filter((r): r is SyncItemResult => r !== undefined);
      const tally = { stored: 0, duplicate: 0, refused: 0 };
      for (const r of results) tally[r.status] += 1;
      if (tally.stored > 0) ctx.figures.invalidate(inst.parkId);
      request.log.info({ installationId: inst.installationId, ...tally }, 'sync batch');
      return { results };
    },
  );
}
