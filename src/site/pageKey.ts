/**
 * The address key of a tag or an author's name, in any script: "Marrow Bay" → "marrow-bay",
 * "طاقة متجددة" → "طاقة-متجددة". Letters, marks and digits of every script stay (the address is an
 * IRI, percent-encoded only where it leaves the site: absoluteUrl); everything else joins words.
 */
export const pageKey = (name: string): string =>
  name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
