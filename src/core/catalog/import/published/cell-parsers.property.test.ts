import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDuration } from './parse-duration';
import { parsePrice } from './parse-price';
import { parseYesNo } from './parse-yes-no';
import { splitValues } from './split-values';
import { splitUnit } from './normalize-text';

const toFullWidth = (text: string) => text.replace(/[0-9.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const amount = fc.integer({ min: 0, max: 9999 }).map((n) => n / 10);
const dash = fc.constantFrom('-', '~', '～', '至', '到', '—', '–', '－');

describe('parsePrice', () => {
  it('reads single figures and ranges with any dash, full- or half-width, as 万元', () => {
    fc.assert(
      fc.property(amount, amount, dash, fc.boolean(), fc.constantFrom('', '万', '万元'), (a, b, sep, wide, unit) => {
        const [min, max] = a <= b ? [a, b] : [b, a];
        const text = `${min}${sep}${max}${unit}`;
        const parsed = parsePrice(wide ? toFullWidth(text) : text);
        expect(parsed).toEqual({ kind: 'amount', amount: { oneOff: { min, max }, atLeast: false, unitAssumed: false } });
      }),
    );
  });

  it('reads 元 as a ten-thousandth of 万元, from the cell or the header', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9_999_999 }), fc.boolean(), (yuan, inHeader) => {
        const parsed = parsePrice(inHeader ? String(yuan) : `${yuan}元`, inHeader ? { unit: 'yuan' } : {});
        expect(parsed.kind === 'amount' && parsed.amount.oneOff?.min).toBeCloseTo(yuan / 10_000, 4);
      }),
    );
  });

  it('marks "/年", "每年" and "年费" as yearly and "起" as a lower bound', () => {
    fc.assert(
      fc.property(amount, fc.constantFrom('{n}/年', '每年{n}万', '年费{n}万', '{n}万/年'), (n, pattern) => {
        const parsed = parsePrice(pattern.replace('{n}', String(n)));
        expect(parsed).toEqual({ kind: 'amount', amount: { yearly: { min: n, max: n }, atLeast: false, unitAssumed: false } });
      }),
    );
    expect(parsePrice('20万起')).toEqual({ kind: 'amount', amount: { oneOff: { min: 20, max: 20 }, atLeast: true, unitAssumed: false } });
  });

  it('keeps 待定/面议/另议 as a price on request, never a number', () => {
    fc.assert(
      fc.property(fc.constantFrom('待定', '面议', '另议', '价格面议', 'TBD'), (word) => {
        expect(parsePrice(word)).toEqual({ kind: 'onRequest' });
      }),
    );
  });

  it('never turns a list of numbers such as "1,2,3" into one figure', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 99 }), { minLength: 3, maxLength: 6 }),
        fc.constantFrom(',', '，', '、', ' '),
        (numbers, sep) => {
          const parsed = parsePrice(numbers.join(sep));
          expect(parsed.kind).toBe('invalid');
        },
      ),
    );
  });

  it('reads thousands separators as such', () => {
    expect(parsePrice('12,000-30,000元')).toEqual({
      kind: 'amount',
      amount: { oneOff: { min: 1.2, max: 3 }, atLeast: false, unitAssumed: false },
    });
  });

  it('never returns a figure outside what the cell says, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        const parsed = parsePrice(text);
        if (parsed.kind !== 'amount') return;
        for (const range of [parsed.amount.oneOff, parsed.amount.yearly]) {
          if (range) expect(range.min).toBeLessThanOrEqual(range.max);
        }
      }),
    );
  });
});

describe('parseDuration', () => {
  it('reads 周/天/个月 with ranges into weeks', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 50 }), dash, (a, b, sep) => {
        const [min, max] = a <= b ? [a, b] : [b, a];
        expect(parseDuration(`${min}${sep}${max}周`)).toEqual({ kind: 'weeks', weeks: { min, max }, unitAssumed: false });
        const days = parseDuration(`${min * 7}${sep}${max * 7}天`);
        expect(days).toEqual({ kind: 'weeks', weeks: { min, max }, unitAssumed: false });
      }),
    );
    expect(parseDuration('2个月')).toEqual({ kind: 'weeks', weeks: { min: 8.7, max: 8.7 }, unitAssumed: false });
    expect(parseDuration('10个工作日')).toEqual({ kind: 'weeks', weeks: { min: 2, max: 2 }, unitAssumed: false });
  });

  it('never reads "1,2,3" as 123', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 99 }), { minLength: 3, maxLength: 6 }),
        fc.constantFrom(',', '，', '、'),
        (numbers, sep) => {
          expect(parseDuration(numbers.join(sep)).kind).toBe('invalid');
        },
      ),
    );
  });
});

describe('parseYesNo', () => {
  it('reads every way lists write yes and no', () => {
    fc.assert(
      fc.property(fc.constantFrom('是', '√', 'Y', 'y', '有', 'Yes', '是（限首次）'), (word) => {
        expect(parseYesNo(word).kind).toBe('yes');
      }),
    );
    fc.assert(
      fc.property(fc.constantFrom('否', '×', 'N', 'n', '无', 'No'), (word) => {
        expect(parseYesNo(word).kind).toBe('no');
      }),
    );
    expect(parseYesNo('看情况').kind).toBe('invalid');
  });
});

describe('splitValues', () => {
  it('splits on 、，,;；/ and line breaks and loses no value', () => {
    const value = fc.stringMatching(/^[\u4e00-\u9fa5A-Za-z]{1,6}$/);
    fc.assert(
      fc.property(
        fc.array(value, { minLength: 1, maxLength: 5 }),
        fc.constantFrom('、', '，', ',', ';', '；', '/', '\n'),
        (values, sep) => {
          expect(splitValues(values.join(sep))).toEqual(values);
        },
      ),
    );
  });
});

describe('periods written in Chinese numerals and headers written on two lines', () => {
  it('reads 两周, 三个月, 两到三周, 半个月 and 一个半月', () => {
    expect(parseDuration('两周')).toEqual({ kind: 'weeks', weeks: { min: 2, max: 2 }, unitAssumed: false });
    expect(parseDuration('三个月')).toEqual({ kind: 'weeks', weeks: { min: 13, max: 13 }, unitAssumed: false });
    expect(parseDuration('两到三周')).toEqual({ kind: 'weeks', weeks: { min: 2, max: 3 }, unitAssumed: false });
    expect(parseDuration('半个月')).toEqual({ kind: 'weeks', weeks: { min: 2.2, max: 2.2 }, unitAssumed: false });
    expect(parseDuration('一个半月')).toEqual({ kind: 'weeks', weeks: { min: 6.5, max: 6.5 }, unitAssumed: false });
    expect(parseDuration('十二周')).toEqual({ kind: 'weeks', weeks: { min: 12, max: 12 }, unitAssumed: false });
  });

  it('keeps the unit of a header wrapped onto two lines', () => {
    expect(splitUnit('参考价格\n（万元）')).toEqual({ label: '参考价格', unit: '万元' });
  });
});
