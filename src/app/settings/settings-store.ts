import { defaultSettings, type Settings } from '../../core/clients/company';
import type { SettingsRepository } from '../../db';
import { isLanguage } from '../../i18n/languages';
import { repositories } from '../root';

/** Where the app's settings live between runs. */
export interface SettingsStore {
  load(): Promise<Settings>;
  /** Merges the patch into what is stored; a key given as undefined is removed. */
  save(patch: Partial<Settings>): Promise<void>;
}

/** The workspace database: the normal home of the settings, included in backups. */
export function repositorySettingsStore(repository: Pick<SettingsRepository, 'get' | 'update'>): SettingsStore {
  return {
    load: () => repository.get(),
    save: async (patch) => {
      await repository.update(patch);
    },
  };
}

const storageKey = 'gongzhi.settings';

/** Keeps only well-formed fields of whatever was stored; anything else falls back to the default. */
export function parseStoredSettings(raw: string | null): Settings {
  if (raw === null) return { ...defaultSettings };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ...defaultSettings };
  }
  if (typeof value !== 'object' || value === null) return { ...defaultSettings };
  const record = value as Record<string, unknown>;
  const settings: Settings = {
    language: isLanguage(record.language) ? record.language : defaultSettings.language,
    largeText: typeof record.largeText === 'boolean' ? record.largeText : defaultSettings.largeText,
  };
  if (typeof record.activeCompanyId === 'string') settings.activeCompanyId = record.activeCompanyId;
  return settings;
}

/** Used only when the database cannot be opened, so language and type size still stick. */
export function localSettingsStore(storage: Pick<Storage, 'getItem' | 'setItem'>): SettingsStore {
  const load = (): Settings => parseStoredSettings(storage.getItem(storageKey));
  return {
    load: () => Promise.resolve(load()),
    save: (patch) => {
      // JSON drops undefined values, which removes a field given as undefined.
      storage.setItem(storageKey, JSON.stringify({ ...load(), ...patch }));
      return Promise.resolve();
    },
  };
}

/**
 * The settings store the app starts with: the workspace database, or, when it cannot be opened, this
 * browser's local storage (the app still starts in the user's language; the company switcher reports the problem).
 */
export async function openSettingsStore(storage: Pick<Storage, 'getItem' | 'setItem'>): Promise<SettingsStore> {
  try {
    return repositorySettingsStore((await repositories()).settings);
  } catch (error) {
    console.error('workspace database unavailable', error);
    return localSettingsStore(storage);
  }
}
