import { describe, expect, test } from 'vitest';
import { cardLanguage } from '../../pipeline/cardLanguage.ts';

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
});
