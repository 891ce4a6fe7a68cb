import type { TFunction } from 'i18next';
import { isRevenueBand } from '../../core/clients/company';

/** A company's revenue band by name; "not given" when it has none, "not recognised" for a code from a file this version does not know. */
export function revenueBandText(t: TFunction<'assessment'>, band: string | undefined): string {
  if (!band) return t('profile.notGiven');
  return isRevenueBand(band) ? t(`profile.revenue.${band}`) : t('profile.revenueUnrecognised');
}
