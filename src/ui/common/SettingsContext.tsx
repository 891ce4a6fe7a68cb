import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Settings } from '../../core/clients/company';
import { changeLanguage } from '../../i18n/i18n';
import type { SettingsStore } from '../../app/settings';
import { applyTextScale } from './text-scale';

interface SettingsApi {
  settings: Settings;
  /** Applies the change at once (language, type size) and saves it; rejects when it cannot be saved. */
  updateSettings(patch: Partial<Settings>): Promise<void>;
}

const SettingsContext = createContext<SettingsApi | null>(null);

interface SettingsProviderProps {
  store: SettingsStore;
  initial: Settings;
  children: ReactNode;
}

export function SettingsProvider({ store, initial, children }: SettingsProviderProps) {
  const [settings, setSettings] = useState(initial);
  const latest = useRef(initial);

  const updateSettings = useCallback(
    async (patch: Partial<Settings>) => {
      const previous = latest.current;
      const next = { ...previous, ...patch };
      // The control reflects the choice at once; the language's strings may still be loading.
      latest.current = next;
      setSettings(next);
      try {
        if (patch.language && patch.language !== previous.language) await changeLanguage(patch.language);
        if (patch.largeText !== undefined) applyTextScale(patch.largeText);
        await store.save(patch);
      } catch (error) {
        latest.current = previous;
        setSettings(previous);
        if (previous.language !== next.language) await changeLanguage(previous.language).catch(() => undefined);
        applyTextScale(previous.largeText);
        throw error;
      }
    },
    [store],
  );

  const api = useMemo(() => ({ settings, updateSettings }), [settings, updateSettings]);
  return <SettingsContext value={api}>{children}</SettingsContext>;
}

export function useSettings(): SettingsApi {
  const api = useContext(SettingsContext);
  if (!api) throw new Error('useSettings outside SettingsProvider');
  return api;
}
