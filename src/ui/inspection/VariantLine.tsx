import { useTranslation } from 'react-i18next';
import type { InspectionProject } from '../../core/inspection/records';
import { useNumberFormat } from '../../i18n/use-number-format';

/**
 * One line on which model the fitter kept for this surface and why: the self-check's figure for it
 * and for the best other variant, and what the check rested on. Projects taught before the self-check
 * say nothing.
 */
export function VariantLine({ project }: { project: InspectionProject }) {
  const { t } = useTranslation('inspection');
  const { fmt } = useNumberFormat();
  const v = project.variant;
  if (!v) return null;
  const name = t(`variant.${v.statistics}`) + (v.textureView ? t('variant.withTexture') : '');
  const fused = project.fusedDefects ? ` ${t('variant.fused')}` : '';
  const check = v.check;
  const chosen = check?.candidates.find((c) => c.statistics === v.statistics && c.textureView === v.textureView);
  const others = check?.candidates.filter((c) => c !== chosen && Number.isFinite(c.auroc)).sort((a, b) => b.auroc - a.auroc) ?? [];
  const other = others[0];
  if (!check || !chosen || !other || !Number.isFinite(chosen.auroc)) {
    return (
      <p className="gz-inspect-variant" data-variant={v.statistics}>
        {t('variant.plain', { name })}
        {fused}
      </p>
    );
  }
  return (
    <p className="gz-inspect-variant" data-variant={v.statistics} data-texture-view={v.textureView}>
      {t(chosen.auroc >= other.auroc ? 'variant.chosen' : 'variant.kept', {
        name,
        score: fmt(chosen.auroc, 'score'),
        other: t(`variant.${other.statistics}`) + (other.textureView ? t('variant.withTexture') : ''),
        otherScore: fmt(other.auroc, 'score'),
        good: check.good,
        defects: check.taught + check.synthetic,
        taught: check.taught,
      })}
      {fused}
    </p>
  );
}
