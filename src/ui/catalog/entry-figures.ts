import type { TFunction } from 'i18next';
import type { CatalogEntry } from '../../core/catalog/catalog-schema';

type CatalogT = TFunction<'catalog'>;

const range = (t: CatalogT, key: 'list.wan' | 'list.wanYearly' | 'list.weeks', r: { min: number; max: number }) =>
  r.min === r.max ? t(`${key}One`, { value: r.min }) : t(key, { min: r.min, max: r.max });

/** A price as the list gave it: "15–25 万元", "3 万元/年", "10 万元 + 2 万元/年", "20 万元起", or "价格面议". */
export function priceText(entry: CatalogEntry, t: CatalogT): string {
  const { oneOffWan, yearlyWan, onRequest, atLeast } = entry.price;
  if (onRequest) return t('list.priceOnRequest');
  if (atLeast) return t('list.priceFrom', { value: oneOffWan.max > 0 ? oneOffWan.min : yearlyWan.min });
  const parts: string[] = [];
  if (oneOffWan.max > 0 || yearlyWan.max === 0) parts.push(range(t, 'list.wan', oneOffWan));
  if (yearlyWan.max > 0) parts.push(range(t, 'list.wanYearly', yearlyWan));
  return parts.join(' + ');
}

/** The implementation period, or "未注明" when the list gave none. */
export function weeksText(entry: CatalogEntry, t: CatalogT): string {
  if (entry.weeksGiven === false) return t('list.weeksNotGiven');
  return range(t, 'list.weeks', entry.implementationWeeks);
}
