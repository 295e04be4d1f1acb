import { type Edition, mainEdition, site } from './config';

/** The edition a key names: '' (or none) for the main edition. */
export function editionByKey(key: string | undefined): Edition {
  return (key ? site.editions.find((edition) => edition.key === key) : undefined) ?? mainEdition;
}

/** The edition a site path belongs to: `/ar/…` to the "ar" edition, everything else to the main one. */
export function editionForPath(sitePath: string): Edition {
  const first = sitePath.replace(/^\/+/, '').split('/')[0];
  return site.editions.find((edition) => edition.key !== '' && edition.key === first) ?? mainEdition;
}

/** The edition a page is in: its story's or its list's, else the one its address is under. */
export function pageEdition(document: unknown, sitePath: string): Edition {
  const shown = document as { story?: { edition?: string }; edition?: string } | null;
  const key = shown?.story?.edition ?? shown?.edition;
  return key === undefined ? editionForPath(sitePath) : editionByKey(key);
}
