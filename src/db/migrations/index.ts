/**
 * The database schema, as numbered steps applied in order. How a feature adds a table or an index:
 *
 * 1. Create `NNN-<what>.ts` with the next number, exporting a `Migration` whose `stores` lists only the
 *    tables it adds or changes, e.g. `{ assessments: 'id, companyId, updatedAt' }`. Every table needs an
 *    inbound primary key (a key path such as `id` or `++id`) so backups can carry rows as plain objects.
 *    When existing rows must change shape, add `upgrade(tx)`; it must be additive and never drop data.
 * 2. Append it to `migrations` below, add the table's typed property in `../database.ts`, and name the
 *    table for people under `tables.<name>` in src/i18n/locales/<lang>/backup.json (the restore
 *    confirmation lists row counts per table; a test checks every table has a label).
 * 3. Add `NNN-<what>.test.ts`: with `seedAndUpgrade(NNN - 1, seed)` from `../test-support.ts`, seed the
 *    previous version with realistic rows, let it upgrade, and check every row survived and the new
 *    table/index works (the pattern is shown in `index.test.ts`; the first step's test is `001-initial.test.ts`).
 * Never edit or renumber a landed migration: installed workspaces have already run it.
 *
 * Backups record the schema version they were made at. Restoring an older backup loads it into a scratch
 * database opened at that version and then opens the scratch database at the current version, so the
 * very same steps below upgrade old backups (see `../backup.ts`). New tables join backups automatically.
 */
import { migration001Initial } from './001-initial';
import { migration002Assessments } from './002-assessments';
import { migration003CatalogVersions } from './003-catalog-versions';
import { migration004Inspection } from './004-inspection';
import { migration005Training } from './005-training';
import { migration006Park } from './006-park';
import { migration007InspectionRefit } from './007-inspection-refit';
import { migration008InspectionReviewed } from './008-inspection-reviewed';
import { migration009RoadmapPreferences } from './009-roadmap-preferences';
import { migration010TrainingDraftsDrills } from './010-training-drafts-drills';
import { migration011HubOutbox } from './011-hub-outbox';
import type { Migration } from './migration';

export type { Migration } from './migration';

export const migrations: readonly Migration[] = [
  migration001Initial,
  migration002Assessments,
  migration003CatalogVersions,
  migration004Inspection,
  migration005Training,
  migration006Park,
  migration007InspectionRefit,
  migration008InspectionReviewed,
  migration009RoadmapPreferences,
  migration010TrainingDraftsDrills,
  migration011HubOutbox,
];

/** The tables that exist once every step up to `version` has run, with their Dexie schema strings. */
export function schemaAtVersion(steps: readonly Migration[], version: number): Map<string, string> {
  const schema = new Map<string, string>();
  for (const step of steps) {
    if (step.version > version) break;
    for (const [table, definition] of Object.entries(step.stores)) {
      if (definition === null) schema.delete(table);
      else schema.set(table, definition);
    }
  }
  return schema;
}
