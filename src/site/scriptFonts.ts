import { site } from './config';

/**
 * The stylesheet of self-hosted faces a page in Japanese or Chinese needs: those scripts have tens
 * of thousands of characters, so their faces come in about a hundred unicode-range slices per
 * weight, too many to declare on every page. Only pages in those languages link the stylesheet
 * (pipeline/scriptFonts.ts writes it), and they download only the slices their text uses.
 */
export function scriptFontsHref(language: string): string | null {
  const script = fontScript(language);
  return script && `${site.basePath}fonts/${script}.css`;
}

/** Which of those stylesheets a language needs, if any. */
export const fontScript = (language: string): 'ja' | 'zh' | null =>
  /^ja(-|$)/i.test(language) ? 'ja' : /^zh(-|$)/i.test(language) ? 'zh' : null;

const latin = new Map<string, boolean>();
/** Whether a language is written in the Latin script, the script of the faces every page could preload. */
export function writtenInLatin(language: string): boolean {
  let answer = latin.get(language);
  if (answer === undefined) {
    answer = new Intl.Locale(language).maximize().script === 'Latn';
    latin.set(language, answer);
  }
  return answer;
}

/** Marks the link to a page's script faces: a navigation adds one only where it is missing. */
export const SCRIPT_FONTS_ATTRIBUTE = 'data-script-fonts';
