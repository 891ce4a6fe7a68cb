import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { demoCompanyId, demoRows } from '../../core/demo/demo-records';
import { bundledSamples } from '../../core/demo/bundled-samples';
import { getWorkspace } from '../../db';
import { DemoRepository } from '../../db/demo-repository';
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
    async (work: (demo: DemoRepository) => Promise<void>): Promise<boolean> => {
      setAction('working');
      try {
        await work(new DemoRepository((await getWorkspace()).db));
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
    return run((demo) => demo.reset(demoRows(bundledSamples(), language, new Date().toISOString())));
  }, [i18n.language, run]);

  const remove = useCallback(() => run((demo) => demo.remove()), [run]);

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
