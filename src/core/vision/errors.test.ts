import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VISION_ERROR_CODES } from './errors';

const locales = join(import.meta.dirname, '..', '..', 'i18n', 'locales');

describe('vision error codes', () => {
  it('every code has a message in every language, so the UI never shows a raw code', () => {
    for (const lang of ['zh-CN', 'en', 'zh-TW']) {
      const errors = JSON.parse(readFileSync(join(locales, lang, 'errors.json'), 'utf8')) as { vision?: Record<string, string> };
      for (const code of VISION_ERROR_CODES) expect(errors.vision?.[code], `${lang} vision.${code}`).toMatch(/\S/);
    }
  });
});
