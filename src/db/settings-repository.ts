import { defaultSettings, type Settings } from '../core/workspace/company';
import { SETTINGS_ROW_ID, type GongzhiDatabase, type SettingsRow } from './database';
import { withStorageErrors } from './errors';

/** Own fields of `source` whose value is defined, without the row key. */
function definedFields(source: object): Partial<Settings> {
  return Object.fromEntries(Object.entries(source).filter(([key, value]) => key !== 'id' && value !== undefined));
}

function withDefaults(row: SettingsRow | undefined): Settings {
  // An explicit `undefined` in the stored row must not wipe a default.
  return { ...defaultSettings, ...(row ? definedFields(row) : {}) };
}

/** The single settings row, always complete: fields never stored (or added after it was) read as defaults. */
export class SettingsRepository {
  constructor(private readonly db: GongzhiDatabase) {}

  async get(): Promise<Settings> {
    return withDefaults(await withStorageErrors(() => this.db.settings.get(SETTINGS_ROW_ID)));
  }

  /**
   * Merges `patch` into the stored settings and returns the result. A key present with value `undefined`
   * removes that field (e.g. `{ activeCompanyId: undefined }` clears the active company).
   */
  async update(patch: Partial<Settings>): Promise<Settings> {
    return withStorageErrors(() =>
      this.db.transaction('rw', this.db.settings, async () => {
        const current = withDefaults(await this.db.settings.get(SETTINGS_ROW_ID));
        const next: SettingsRow = { ...definedFields({ ...current, ...patch }), id: SETTINGS_ROW_ID };
        await this.db.settings.put(next);
        return withDefaults(next);
      }),
    );
  }
}
