/**
 * The interface languages the app speaks: one catalogue per locale in src/i18n/messages/. English
 * is in the bundle; the others load only on the pages of an edition that speaks them.
 */
export const CATALOGUES = ['en', 'ar', 'es', 'ja'] as const;

export type CatalogueName = (typeof CATALOGUES)[number];

const isCatalogue = (name: string): name is CatalogueName => (CATALOGUES as readonly string[]).includes(name);

/** The catalogue for a language: its own ("ar-EG" → ar), else English. */
export function catalogueFor(language: string): CatalogueName {
  const base = new Intl.Locale(language).language;
  return isCatalogue(base) ? base : 'en';
}
