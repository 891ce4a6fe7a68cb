import { render, type RenderResult } from '@testing-library/react';
import i18next from 'i18next';
import type { ReactElement } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import assessment from '../i18n/locales/zh-CN/assessment.json';
import catalog from '../i18n/locales/zh-CN/catalog.json';
import common from '../i18n/locales/zh-CN/common.json';
import errors from '../i18n/locales/zh-CN/errors.json';
import inspection from '../i18n/locales/zh-CN/inspection.json';

/** Renders a screen part in simplified Chinese, with the real locale files, as a user sees it. */
export async function renderInChinese(ui: ReactElement): Promise<RenderResult> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng: 'zh-CN',
    resources: { 'zh-CN': { assessment, catalog, common, errors, inspection } },
    defaultNS: 'common',
    fallbackLng: false,
    interpolation: { escapeValue: false },
  });
  return render(<I18nextProvider i18n={instance}>{ui}</I18nextProvider>);
}
