import { defaultSettings, type Language, type Settings } from '../core/clients/company';
import { SETTINGS_ROW_ID, type GongzhiDatabase, type SettingsRow } from './database';
import { withStorageErrors } from './errors';

const languages: readonly unknown[] = ['zh-CN', 'en', 'zh-TW'] satisfies Language[];

/**
 * The well-formed fields of a stored row. A row can hold anything a restored backup or an older version
 * wrote; a bad field falls back to its default rather than, say, starting the app in no language at all.
 */
function validFields(row: SettingsRow): Partial<Settings> {
  const valid: Partial<Settings> = {};
  if (languages.includes(row.language)) valid.language = row.language;
  if (typeof row.largeText === 'boolean') valid.largeText = row.largeText;
  if (typeof row.activeCompanyId === 'string') valid.activeCompanyId = row.activeCompanyId;
  return valid;
}

function withDefaults(row: SettingsRow | undefined): Settings {
  return { ...defaultSettings, ...(row ? validFields(row) : {}) };
}

function toRow(settings: Settings): SettingsRow {
  return { id: SETTINGS_ROW_ID, ...validFields({ id: SETTINGS_ROW_ID, ...settings }) };
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
        const next = toRow({ ...current, ...patch });
        await this.db.settings.put(next);
        return withDefaults(next);
      }),
    );
  }
}
