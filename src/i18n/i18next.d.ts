/*
 * Types i18next's t() from the zh-CN locale files (the language every other one is checked against), so a key
 * that does not exist is a compile error in `npm run typecheck` (test/types/i18n-keys.ts proves it). A key built
 * from data goes through dynamic-text.ts, the one door checked at run time. Interpolation variables are not
 * typed: TypeScript reads a JSON file's texts as `string`.
 */
import type assessment from './locales/zh-CN/assessment.json';
import type backup from './locales/zh-CN/backup.json';
import type catalog from './locales/zh-CN/catalog.json';
import type clients from './locales/zh-CN/clients.json';
import type common from './locales/zh-CN/common.json';
import type demo from './locales/zh-CN/demo.json';
import type errors from './locales/zh-CN/errors.json';
import type inspection from './locales/zh-CN/inspection.json';
import type park from './locales/zh-CN/park.json';
import type settings from './locales/zh-CN/settings.json';
import type training from './locales/zh-CN/training.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    returnNull: false;
    resources: {
      assessment: typeof assessment;
      backup: typeof backup;
      catalog: typeof catalog;
      clients: typeof clients;
      common: typeof common;
      demo: typeof demo;
      errors: typeof errors;
      inspection: typeof inspection;
      park: typeof park;
      settings: typeof settings;
      training: typeof training;
    };
  }
}
