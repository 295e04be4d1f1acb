import { describe, expect, test } from 'vitest';
import { CATALOGUES, catalogueFor } from '../../src/i18n/catalogues';
import { type Catalogue, createTranslator, type Message } from '../../src/i18n/messages';
import { ar } from '../../src/i18n/messages/ar';
import { en } from '../../src/i18n/messages/en';
import { es } from '../../src/i18n/messages/es';
import { ja } from '../../src/i18n/messages/ja';

const catalogues: Record<string, Catalogue> = { en, ar, es, ja };
const placeholders = (message: Message): string[] =>
  [
    ...new Set(
      Object.values(typeof message === 'string' ? { other: message } : message).flatMap((text) =>
        [...(text ?? '').matchAll(/\{(\w+)\}/g)].map((match) => match[1]!),
      ),
    ),
  ].sort();

test('every shipped catalogue is tested here', () => {
  expect(Object.keys(catalogues).sort()).toEqual([...CATALOGUES].sort());
});

describe.each(Object.entries(catalogues).filter(([name]) => name !== 'en'))('the %s catalogue', (name, catalogue) => {
  test('has every key English has, and no other', () => {
    const missing = Object.keys(en).filter((key) => !(key in catalogue));
    const extra = Object.keys(catalogue).filter((key) => !(key in en));
    expect(missing, `keys English has that ${name} lacks`).toEqual([]);
    expect(extra, `keys ${name} has that English does not`).toEqual([]);
  });

  test('fills the same placeholders as English, and counts where English counts', () => {
    for (const [key, english] of Object.entries(en) as [keyof typeof en, Message][]) {
      const message = catalogue[key];
      expect(typeof message, key).toBe(typeof english);
      // Japanese "By {authors}" is just the names; every other placeholder must be kept.
      expect(
        placeholders(message).every((name) => placeholders(english).includes(name)),
        key,
      ).toBe(true);
    }
  });

  test('has a form for every plural category of the language', () => {
    const categories = new Intl.PluralRules(name).resolvedOptions().pluralCategories;
    for (const [key, message] of Object.entries(catalogue)) {
      if (typeof message === 'string') continue;
      for (const category of categories) expect(message, `${key}: ${category}`).toHaveProperty(category);
    }
  });
});

test('English has a form for each of its plural categories too', () => {
  for (const [key, message] of Object.entries(en)) {
    if (typeof message !== 'string') expect(message, key).toHaveProperty('other');
  }
});

describe('a translator', () => {
  test('fills placeholders and picks plural forms by the language’s rules', () => {
    const { t } = createTranslator('en-GB', en);
    expect(t('comments.count', { count: 0 })).toBe('No comments');
    expect(t('comments.count', { count: 1 })).toBe('1 comment');
    expect(t('comments.count', { count: 1234 })).toBe('1,234 comments');
    expect(t('pagination.position', { page: 2, pageCount: 9 })).toBe('Page 2 of 9');
  });

  test('Arabic counts with six forms, in Arabic-Indic digits when the edition asks for them', () => {
    const { t } = createTranslator('ar', ar, 'arab');
    expect(t('comments.count', { count: 0 })).toBe('لا توجد تعليقات');
    expect(t('comments.count', { count: 1 })).toBe('تعليق واحد');
    expect(t('comments.count', { count: 2 })).toBe('تعليقان');
    expect(t('comments.count', { count: 3 })).toBe('٣ تعليقات');
    expect(t('comments.count', { count: 11 })).toBe('١١ تعليقًا');
    expect(t('comments.count', { count: 100 })).toBe('١٠٠ تعليق');
    expect(createTranslator('ar', ar, 'latn').t('story.readingTime', { count: 5 })).toBe('قراءة في 5 دقائق');
  });

  test('Japanese has one form', () => {
    expect(createTranslator('ja', ja).t('story.readingTime', { count: 12 })).toBe('12分で読めます');
  });

  test('a counting message without a count is a mistake in the code, not a blank', () => {
    expect(() => createTranslator('en', en).t('comments.count')).toThrow('comments.count needs a {count}');
  });

  test('a language without a catalogue of its own speaks English', () => {
    expect([catalogueFor('ar-EG'), catalogueFor('es-MX'), catalogueFor('ja'), catalogueFor('ky')]).toEqual([
      'ar',
      'es',
      'ja',
      'en',
    ]);
  });
});
