/**
 * Which way a language's text runs, from its script. `Intl.Locale` text info answers where the
 * engine has it, but its data lags (Node 20's ICU calls Thaana and Hanifi Rohingya left to right),
 * so a language whose likely script is in this table is right to left whatever it says.
 * Scripts per Unicode's CLDR/ISO 15924 that are written right to left and still in use.
 */
const RTL_SCRIPTS = new Set([
  'Adlm', // Adlam (Fulani)
  'Arab', // Arabic, Persian, Urdu, Pashto, Sorani, Uyghur…
  'Aran', // Nastaliq Arabic
  'Hebr', // Hebrew, Yiddish
  'Mand', // Mandaic
  'Mend', // Mende Kikakui
  'Nkoo', // N'Ko
  'Rohg', // Hanifi Rohingya
  'Samr', // Samaritan
  'Syrc', // Syriac
  'Thaa', // Thaana (Dhivehi)
  'Yezi', // Yezidi
]);

export type Direction = 'ltr' | 'rtl';

/** Engines have shipped text info as a getter (`textInfo`) and as a method (`getTextInfo()`). */
interface TextInfo {
  getTextInfo?: () => { direction?: string };
  textInfo?: { direction?: string };
}

/** Whether a string is a well-formed BCP 47 language tag. */
export function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** The direction of text in a language ("ar" → rtl, "ur-Latn" → ltr, "ja" → ltr). */
export function textDirection(language: string): Direction {
  const locale = new Intl.Locale(language);
  const script = locale.maximize().script;
  if (script && RTL_SCRIPTS.has(script)) return 'rtl';
  // An explicit Latin, Cyrillic… script wins over what the language alone suggests.
  if (locale.script) return 'ltr';
  const withInfo = locale as unknown as TextInfo;
  const info = withInfo.getTextInfo?.() ?? withInfo.textInfo;
  return info?.direction === 'rtl' ? 'rtl' : 'ltr';
}
