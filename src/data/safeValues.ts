/**
 * The checks on content values that the page itself runs as it renders, apart from the schema so
 * the app's startup bundle need not carry zod: the schema (schema.ts) uses the same ones.
 */

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX_LENGTH = 120;

export const isSlug = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= SLUG_MAX_LENGTH && SLUG_PATTERN.test(value);

/** Only these link schemes may reach a reader; `javascript:`, `data:` and friends never do. */
export const SAFE_LINK_PROTOCOLS = ['http:', 'https:', 'mailto:'] as const;

export function isSafeHref(href: string): boolean {
  try {
    return (SAFE_LINK_PROTOCOLS as readonly string[]).includes(new URL(href).protocol);
  } catch {
    return false;
  }
}

/** Images come from the site's own `/images/` folder or over https. */
export function isSafeImageSrc(src: string): boolean {
  if (/^\/images\/[A-Za-z0-9._/-]+$/.test(src) && !src.includes('..')) return true;
  try {
    return new URL(src).protocol === 'https:';
  } catch {
    return false;
  }
}
