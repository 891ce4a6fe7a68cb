import { useTranslation } from 'react-i18next';

/** The big OK/NG sign an operator reads from across the bench. */
export function VerdictSignal({
  isDefect,
  score,
  threshold,
  defectType,
}: {
  isDefect: boolean;
  score: number;
  threshold: number;
  defectType: string | undefined;
}) {
  const { t } = useTranslation('inspection');
  return (
    <div className={`gz-inspect-signal gz-inspect-signal--${isDefect ? 'ng' : 'ok'}`} data-verdict={isDefect ? 'ng' : 'ok'} role="status">
      <strong>{isDefect ? t('verdict.ng') : t('verdict.ok')}</strong>
      <span>{t('check.score', { score, threshold })}</span>
      {isDefect && defectType ? <span>{t('check.defectType', { type: defectType })}</span> : null}
    </div>
  );
}
