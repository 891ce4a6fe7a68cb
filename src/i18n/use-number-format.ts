import { useTranslation } from 'react-i18next';
import { formatChange, formatNumber, type NumberKind } from './number-format';

/** `fmt(value, kind)` and `change(value, kind)` in the current interface language (see number-format.ts). */
export function useNumberFormat() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return {
    fmt: (value: number, kind?: NumberKind) => formatNumber(value, language, kind),
    change: (value: number, kind?: NumberKind) => formatChange(value, language, kind),
  };
}
