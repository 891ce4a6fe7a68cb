import { useCallback, useEffect, useState } from 'react';
import { loadRoadmapPreferences, saveRoadmapPreferences } from '../../app/catalog';
import { defaultRoadmapSettings, type RoadmapSettings } from './roadmap-settings';

export interface SavedRoadmapSettings {
  /** Undefined while the company's saved settings are being read. */
  settings: RoadmapSettings | undefined;
  /** Applies at once and saves for the company in the background. */
  update: (next: RoadmapSettings) => void;
  saveFailed: boolean;
  /** True when these are settings saved for the company, false while they are the defaults. */
  saved: boolean;
}

/**
 * The roadmap settings of a company: what was saved for it, or the defaults. Keyed by company, so
 * switching company never shows (or saves over) the previous company's budget. Without a company the
 * settings live only on screen.
 */
export function useRoadmapPreferences(companyId: string | undefined): SavedRoadmapSettings {
  const [loaded, setLoaded] = useState<{ companyId: string | undefined; settings: RoadmapSettings; saved: boolean } | undefined>(undefined);
  const [saveFailed, setSaveFailed] = useState(false);
  useEffect(() => {
    if (!companyId) return;
    let live = true;
    loadRoadmapPreferences(companyId).then(
      (saved) => live && setLoaded({ companyId, settings: saved ?? defaultRoadmapSettings, saved: saved !== undefined }),
      (error: unknown) => {
        console.error('roadmap preferences', error);
        if (live) setLoaded({ companyId, settings: defaultRoadmapSettings, saved: false });
      },
    );
    return () => {
      live = false;
    };
  }, [companyId]);

  const update = useCallback(
    (next: RoadmapSettings) => {
      setLoaded({ companyId, settings: next, saved: companyId !== undefined });
      if (!companyId) return;
      saveRoadmapPreferences(companyId, next).then(
        () => setSaveFailed(false),
        (error: unknown) => {
          console.error('save roadmap preferences', error);
          setSaveFailed(true);
        },
      );
    },
    [companyId],
  );

  const settings = loaded && loaded.companyId === companyId ? loaded.settings : companyId ? undefined : defaultRoadmapSettings;
  return { settings, update, saveFailed, saved: loaded?.companyId === companyId && loaded?.saved === true };
}
