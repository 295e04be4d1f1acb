import { afterEach, describe, expect, test } from 'vitest';
import { localeDigits, writeInDigits } from '../../src/i18n/digits';
import { ar } from '../../src/i18n/messages/ar';
import { en } from '../../src/i18n/messages/en';
import { createTranslator } from '../../src/i18n/messages';

const { NumberFormat } = Intl;
/** Counts the Intl number formats made from here on. */
function countNumberFormats(): { made: number } {
  const count = { made: 0 };
  Intl.NumberFormat = class extends NumberFormat {
    constructor(...args: ConstructorParameters<typeof NumberFormat>) {
      super(...args);
      count.made += 1;
    }
  } as typeof NumberFormat;
  return count;
}

afterEach(() => {
  Intl.NumberFormat = NumberFormat;
});

describe('the digits the build finds for an edition', () => {
  test.each([
    ['en-GB', null, '0123456789'],
    ['ar', 'latn', '0123456789'],
    ['ar', 'arab', '٠١٢٣٤٥٦٧٨٩'],
    ['fa', null, '۰۱۲۳۴۵۶۷۸۹'],
    ['ja', null, '0123456789'],
    ['ky', null, '0123456789'],
    ['hi', 'deva', '०१२३४५६७८९'],
  ])('%s with numerals %s writes %s', (locale, numerals, digits) => {
    expect(localeDigits(locale, numerals)).toBe(digits);
  });

  test('write every whole number under 1000 as Intl does, in any locale and numbering system', () => {
    for (const [locale, numerals] of [
      ['en-GB', null],
      ['es', null],
      ['ar-EG', null],
      ['ar', 'latn'],
      ['fa', null],
      ['ur', null],
      ['bn', null],
      ['my', null],
      ['zh', 'hanidec'],
    ] as const) {
      const digits = localeDigits(locale, numerals);
      expect(digits, locale).not.toBeNull();
      const format = new Intl.NumberFormat(locale, numerals ? { numberingSystem: numerals } : {});
      for (let n = 0; n < 1000; n++) expect(writeInDigits(n, digits!)).toBe(format.format(n));
    }
  });

  test('leave to Intl what has separators or signs: 1000 and over, fractions, negatives', () => {
    for (const value of [1000, 12_345, 1.5, -3, Number.NaN]) expect(writeInDigits(value, '0123456789')).toBeNull();
  });
});

describe('a translator given its digits', () => {
  test('counts small numbers without making an Intl number format', () => {
    const withIntl = createTranslator('ar', ar, 'arab').t('story.readingTime', { count: 12 });
    const count = countNumberFormats();
    expect(createTranslator('ar', ar, 'arab', '٠١٢٣٤٥٦٧٨٩').t('story.readingTime', { count: 12 })).toBe(withIntl);
    expect(createTranslator('en-GB', en, null, '0123456789').t('time.hoursAgo', { count: 3 })).toBe('3 hours ago');
    expect(count.made).toBe(0);
  });

  test('writes larger numbers with Intl, grouped as the locale groups them', () => {
    const count = countNumberFormats();
    expect(createTranslator('en-GB', en, null, '0123456789').t('search.results', { count: 9990 })).toBe(
      '9,990 results',
    );
    expect(count.made).toBe(1);
  });
});
