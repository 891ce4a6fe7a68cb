import { defaultSettings, type Settings } from '../../core/workspace/company';
import { isLanguage } from '../../i18n/languages';

/** Where the app's settings live between runs. */
export interface SettingsStore {
  load(): Promise<Settings>;
  save(settings: Settings): Promise<void>;
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

export function localSettingsStore(storage: Pick<Storage, 'getItem' | 'setItem'>): SettingsStore {
  return {
    load: () => Promise.resolve(parseStoredSettings(storage.getItem(storageKey))),
    save: (settings) => {
      storage.setItem(storageKey, JSON.stringify(settings));
      return Promise.resolve();
    },
  };
}
