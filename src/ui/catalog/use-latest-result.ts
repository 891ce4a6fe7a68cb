import { useEffect, useState } from 'react';
import { latestAssessmentWithResult } from '../../app/assessment';
import type { AssessmentRecord } from '../../core/assessment/assessment-record';

/** The company's most recent assessment that has a stored result, if any. */
export function useLatestResult(companyId: string | undefined): AssessmentRecord | undefined {
  // Keyed by company, so switching company never shows the previous company's result.
  const [found, setFound] = useState<{ companyId: string; record: AssessmentRecord | undefined } | undefined>(undefined);
  useEffect(() => {
    if (!companyId) return;
    let live = true;
    latestAssessmentWithResult(companyId).then(
      (record) => live && setFound({ companyId, record }),
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
