import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { removeDemo, resetDemo } from '../../app/demo';
import { demoCompanyId } from '../../core/demo/demo-records';
import { isLanguage } from '../../i18n/languages';
import { useCompanies } from '../common/CompaniesContext';

export type DemoAction = 'idle' | 'working' | 'done' | 'failed';

/** Loads (= resets) and removes the demo companies, and makes a sample the active company for the tour. */
export function useDemo() {
  const { i18n } = useTranslation();
  const { reload, switchCompany } = useCompanies();
  const [action, setAction] = useState<DemoAction>('idle');
  const [error, setError] = useState<unknown>(undefined);

  const run = useCallback(
    async (work: () => Promise<void>): Promise<boolean> => {
      setAction('working');
      try {
        await work();
        setAction('done');
        return true;
      } catch (caught) {
        console.error('demo', caught);
        setError(caught);
        setAction('failed');
        return false;
      } finally {
        reload();
      }
    },
    [reload],
  );

  const reset = useCallback(() => {
    const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
    return run(() => resetDemo(language));
  }, [i18n.language, run]);

  const remove = useCallback(() => run(removeDemo), [run]);

  /** Resets the demo and makes the sample the active company, so the roadmap and results screens show it. */
  const start = useCallback(
    async (sampleId: string) => {
      const ok = await reset();
      if (ok) await switchCompany(demoCompanyId(sampleId));
      return ok;
    },
    [reset, switchCompany],
  );

  return { action, error, reset, remove, start };
}
