import { useEffect, useState } from 'react';
import type { AssessmentRecord } from '../../core/assessment/assessment-record';
import { getWorkspace } from '../../db';

/** The company's most recent assessment that has a stored result, if any. */
export function useLatestResult(companyId: string | undefined): AssessmentRecord | undefined {
  // Keyed by company, so switching company never shows the previous company's result.
  const [found, setFound] = useState<{ companyId: string; record: AssessmentRecord | undefined } | undefined>(undefined);
  useEffect(() => {
    if (!companyId) return;
    let live = true;
    getWorkspace()
      .then((workspace) => workspace.assessments.listForCompany(companyId))
      .then(
        (records) => live && setFound({ companyId, record: records.find((r) => r.result !== undefined) }),
        (error: unknown) => {
          console.error('latest assessment', error);
          if (live) setFound({ companyId, record: undefined });
        },
      );
    return () => {
      live = false;
    };
  }, [companyId]);
  return found && found.companyId === companyId ? found.record : undefined;
}
