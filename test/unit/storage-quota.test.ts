import i18next from 'i18next';
import { isDeepStrictEqual } from 'node:util';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { bundledFrameworks } from '../../src/core/assessment/bundled-frameworks';
import { loadReferenceCatalog } from '../../src/core/catalog/reference-catalog';
import {
  AssessmentRepository,
  CatalogRepository,
  CompanyRepository,
  exportWorkspace,
  restoreWorkspace,
  type GongzhiDatabase,
} from '../../src/db';
import assessmentEn from '../../src/i18n/locales/en/assessment.json';
import assessmentZhCn from '../../src/i18n/locales/zh-CN/assessment.json';
import assessmentZhTw from '../../src/i18n/locales/zh-TW/assessment.json';
import errorsEn from '../../src/i18n/locales/en/errors.json';
import errorsZhCn from '../../src/i18n/locales/zh-CN/errors.json';
import errorsZhTw from '../../src/i18n/locales/zh-TW/errors.json';
import { AnswerAutosaver, type SaveState } from '../../src/app/assessment/answer-autosaver';
import { SaveStatus } from '../../src/ui/common/SaveStatus';
import { errorText } from '../../src/ui/common/error-text';
import { StorageError } from '../../src/db/errors';
import { contents, freshDatabase, seedWorkspace } from '../fuzz/support/workspace';

const messages = { 'zh-CN': errorsZhCn, en: errorsEn, 'zh-TW': errorsZhTw } as const;
const assessmentTexts = { 'zh-CN': assessmentZhCn, en: assessmentEn, 'zh-TW': assessmentZhTw } as const;

/** What the screen would show for `error` in each language (the same function the screens use). */
async function shown(error: unknown): Promise<string[]> {
  return Promise.all(
    (Object.keys(messages) as (keyof typeof messages)[]).map(async (language) => {
      const instance = i18next.createInstance();
      await instance.init({
        lng: language,
        resources: { [language]: { errors: messages[language] } },
        fallbackLng: false,
        interpolation: { escapeValue: false },
      });
      return errorText(instance, error);
    }),
  );
}

const diskFullTexts = [errorsZhCn.storage.quotaExceeded, errorsEn.storage.quotaExceeded, errorsZhTw.storage.quotaExceeded];

/** IndexedDB refuses writes to `table` once the origin's quota is used up; `room` writes still fit. */
function quotaOn(db: GongzhiDatabase, tableName: string, room = 0): { free: () => void } {
  let left = room;
  const refuse = () => {
    if (left-- <= 0) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  const table = db.table(tableName);
  table.hook('creating', refuse);
  table.hook('updating', refuse);
  return { free: () => (left = Number.POSITIVE_INFINITY) };
}

async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => 'no error',
    (error: unknown) => error,
  );
}

describe('storage quota exhausted in the middle of an operation', () => {
  it('a restore stops with the translated disk-full message and the workspace is exactly as before', async () => {
    const source = await freshDatabase();
    await seedWorkspace(source);
    const bytes = await exportWorkspace(source, { appVersion: '0.1.0', createdAt: new Date('2026-03-02T09:00:00Z') });
    const db = await freshDatabase();
    await new CompanyRepository(db).create({ name: '现有企业', industryType: 'process', isDemo: false });
    const before = await contents(db);
    // the quota runs out deep inside the restore: the inspection tables come after companies and assessments
    quotaOn(db, 'inspectionResults');
    const error = await failureOf(restoreWorkspace(db, bytes));
    expect(error).toMatchObject({ code: 'storage.quotaExceeded' });
    expect(await shown(error)).toEqual(diskFullTexts);
    expect(isDeepStrictEqual(await contents(db), before)).toBe(true);
  });

  it('a catalog import stops with the translated message; the list in use and earlier versions are untouched', async () => {
    const db = await freshDatabase();
    const repository = new CatalogRepository(db);
    const catalog = loadReferenceCatalog();
    const first = await repository.importVersion({
      provenance: catalog.provenance,
      entries: catalog.entries.slice(0, 3),
      fileName: 'v1.csv',
      format: 'csv',
    });
    const before = await contents(db);
    const quota = quotaOn(db, 'catalogVersionEntries');
    const error = await failureOf(
      repository.importVersion({ provenance: catalog.provenance, entries: catalog.entries, fileName: 'v2.xlsx', format: 'xlsx' }),
    );
    expect(error).toMatchObject({ code: 'storage.quotaExceeded' });
    expect(await shown(error)).toEqual(diskFullTexts);
    expect(isDeepStrictEqual(await contents(db), before)).toBe(true);
    expect(await repository.activeVersionId()).toBe(first.id);
    quota.free();
    await repository.importVersion({ provenance: catalog.provenance, entries: catalog.entries, fileName: 'v2.xlsx', format: 'xlsx' });
    expect(await repository.listVersions()).toHaveLength(2);
  });

  it('an assessment autosave fails with the translated message, keeps what was stored and the unsaved answers, and saves them once space is freed', async () => {
    const db = await freshDatabase();
    const company = await new CompanyRepository(db).create({ name: '某机械厂', industryType: 'discrete', isDemo: false });
    const framework = bundledFrameworks().find((f) => f.id === 'quick-check');
    if (!framework) throw new Error('quick-check is bundled');
    const [q1, q2] = framework.questions;
    if (!q1 || !q2) throw new Error('quick-check has questions');
    const assessments = new AssessmentRepository(db);
    const record = await assessments.create({
      companyId: company.id,
      frameworkId: framework.id,
      frameworkVersion: framework.version,
      industryType: 'discrete',
    });
    const states: SaveState[] = [];
    const saver = new AnswerAutosaver(assessments, record.id, { onStateChange: (state) => states.push(state) });
    await saver.change(q1.id, { notApplicable: true });
    const stored = await assessments.get(record.id);
    const quota = quotaOn(db, 'assessments');
    await saver.change(q2.id, { notApplicable: true });
    const failed = states.at(-1);
    expect(failed).toMatchObject({ status: 'failed', error: { code: 'storage.quotaExceeded' } });
    expect(await shown(failed?.status === 'failed' ? failed.error : undefined)).toEqual(diskFullTexts);
    expect(await assessments.get(record.id)).toEqual(stored);
    expect(saver.hasPending).toBe(true);
    quota.free();
    await saver.flush();
    expect(states.at(-1)).toEqual({ status: 'saved' });
    expect(Object.keys((await assessments.get(record.id))?.answers ?? {}).sort()).toEqual([q1.id, q2.id].sort());
  });

  it.each(['zh-CN', 'en', 'zh-TW'] as const)(
    '%s: the save badge of the questionnaire says the disk is full, not only "will be retried"',
    async (language) => {
      const instance = i18next.createInstance();
      await instance.use(initReactI18next).init({
        lng: language,
        resources: { [language]: { errors: messages[language], assessment: assessmentTexts[language] } },
        fallbackLng: false,
        interpolation: { escapeValue: false },
      });
      const html = renderToStaticMarkup(
        createElement(
          I18nextProvider,
          { i18n: instance },
          createElement(SaveStatus, { state: { status: 'failed', error: new StorageError('storage.quotaExceeded') } }),
        ),
      );
      expect(html).toContain(assessmentTexts[language].save.failed);
      expect(html).toContain(messages[language].storage.quotaExceeded);
    },
  );
});
