import type { CardScript } from './cardFonts.ts';

/** The language a card is drawn in: which fonts come first, and which way it reads. */
export interface CardLanguage {
  /** BCP 47, for Pango's shaping and line breaking. */
  language: string;
  direction: 'ltr' | 'rtl';
  script: CardScript;
}

const scriptFonts: Record<string, CardScript> = {
  Arab: 'arabic',
  Jpan: 'ja',
  Hans: 'zh',
  Hant: 'zh',
  Grek: 'greek-cyrillic',
  Cyrl: 'greek-cyrillic',
};

// Scripts written right to left, for engines whose Intl.Locale has no text info.
const rightToLeft = new Set(['Arab', 'Hebr', 'Syrc', 'Thaa', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr']);

function direction(locale: Intl.Locale): 'ltr' | 'rtl' {
  const info =
    (locale as { getTextInfo?: () => { direction?: string } }).getTextInfo?.() ??
    (locale as { textInfo?: { direction?: string } }).textInfo;
  if (info?.direction === 'rtl' || info?.direction === 'ltr') return info.direction;
  return rightToLeft.has(locale.maximize().script ?? '') ? 'rtl' : 'ltr';
}

/** The language of a story's card, from its BCP 47 tag. */
export function cardLanguage(language: string): CardLanguage {
  const locale = new Intl.Locale(language);
  const script = locale.maximize().script ?? 'Latn';
  return { language: locale.toString(), direction: direction(locale), script: scriptFonts[script] ?? 'latin' };
}
