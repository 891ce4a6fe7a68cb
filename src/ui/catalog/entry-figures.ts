import type { TFunction } from 'i18next';
import type { CatalogEntry } from '../../core/catalog/catalog-schema';

const range = (t: TFunction, key: string, r: { min: number; max: number }) =>
  r.min === r.max ? t(`${key}One`, { value: r.min }) : t(key, { min: r.min, max: r.max });

/** A price as the list gave it: "15–25 万元", "3 万元/年", "10 万元 + 2 万元/年", "20 万元起", or "价格面议". */
export function priceText(entry: CatalogEntry, t: TFunction): string {
  const { oneOffWan, yearlyWan, onRequest, atLeast } = entry.price;
  if (onRequest) return t('catalog:list.priceOnRequest');
  if (atLeast) return t('catalog:list.priceFrom', { value: oneOffWan.max > 0 ? oneOffWan.min : yearlyWan.min });
  const parts: string[] = [];
  if (oneOffWan.max > 0 || yearlyWan.max === 0) parts.push(range(t, 'catalog:list.wan', oneOffWan));
  if (yearlyWan.max > 0) parts.push(range(t, 'catalog:list.wanYearly', yearlyWan));
  return parts.join(' + ');
}

/** The implementation period, or "未注明" when the list gave none. */
export function weeksText(entry: CatalogEntry, t: TFunction): string {
  if (entry.weeksGiven === false) return t('catalog:list.weeksNotGiven');
  return range(t, 'catalog:list.weeks', entry.implementationWeeks);
}
