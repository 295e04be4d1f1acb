import { describe, expect, test } from 'vitest';
import { cardLanguage, cardLanguageOfText } from '../../pipeline/cardLanguage.ts';

describe('the language a social card is drawn in', () => {
  test.each([
    ['ar', 'rtl', 'arabic'],
    ['fa', 'rtl', 'arabic'],
    ['ur', 'rtl', 'arabic'],
    ['he', 'rtl', 'latin'],
    ['ja', 'ltr', 'ja'],
    ['zh-Hans', 'ltr', 'zh'],
    ['zh-TW', 'ltr', 'zh'],
    ['ky', 'ltr', 'greek-cyrillic'],
    ['el', 'ltr', 'greek-cyrillic'],
    ['en-GB', 'ltr', 'latin'],
  ] as const)('%s reads %s in the %s fonts', (language, direction, script) => {
    expect(cardLanguage(language)).toMatchObject({ direction, script });
  });

  test.each([
    ['البرلمان يقر قانون', 'ar'],
    ['BBC: البرلمان يقر قانون', 'en'],
    ['東京都は新しい計画を発表', 'ja'],
    ['北京市发布新的计划', 'zh'],
    ['Бишкекте жаңы көпүрө', 'ru'],
    ['2026: Η Αθήνα', 'el'],
    ['Floods close the pass', 'en'],
  ])('a story without a language: "%s" is taken as %s', (headline, language) => {
    expect(cardLanguageOfText(headline).language).toBe(language);
  });
});
