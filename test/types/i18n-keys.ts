/**
 * Proof that i18n keys are typed (src/i18n/i18next.d.ts). Never run: `npm run typecheck` compiles it
 * (tsconfig.json includes test/). Every `@ts-expect-error` below must meet a type error; if keys stopped being
 * checked, the directive would be unused and tsc would fail ("Unused '@ts-expect-error' directive").
 */
import type { i18n as I18n, TFunction } from 'i18next';
import { dynamicText } from '../../src/i18n/dynamic-text';

export function typedKeys(t: TFunction<'inspection'>, several: TFunction<['assessment', 'catalog']>, i18n: I18n): string[] {
  return [
    t('batch.title'),
    // @ts-expect-error a key that is in no locale file (a typo)
    t('batch.titel'),
    // @ts-expect-error a key of another namespace, without its prefix
    t('list.priceOnRequest'),
    several('catalog:list.priceOnRequest'),
    // @ts-expect-error a namespace the t was not made for
    several('inspection:batch.title'),
    // Variables are not checked: TypeScript reads a JSON file's texts as `string`, so i18next cannot see {{queued}}.
    t('batch.queueing', { queued: 1, total: 2 }),
    // a key built from data goes through the one run-time-checked door, with the namespace still checked
    dynamicText(i18n, `errors:${'some.code'}`),
    // @ts-expect-error not a namespace
    dynamicText(i18n, `mistake:${'some.code'}`),
  ];
}
