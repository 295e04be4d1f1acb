import type { Direction } from './direction';

/**
 * The site's settings as the build resolved them from content/site.json and the environment: what
 * every page, the browser included, is given (src/site/config.ts). Types only: the values come
 * from the build, never from code.
 */

export interface Section {
  slug: string;
  name: string;
}

/** A language edition: the main one at the site's root, others at /<key>/. */
export interface Edition {
  /** The first path segment of its pages; '' for the main edition, whose pages keep the root. */
  key: string;
  name: string;
  /** BCP 47: the `lang` of its pages and feeds. */
  language: string;
  /** Its language's name in that language ("العربية", "日本語"), worded by the build. */
  languageName: string;
  /** The locale its dates and numbers are worded in. */
  locale: string;
  direction: Direction;
  /** A numbering system ("latn", "arab"…), or null for the locale's own. */
  numerals: string | null;
  /** The ten digits its numbers are written in, found by the build (src/i18n/digits.ts); null if Intl must write them. */
  digits: string | null;
  /** The interface catalogue it speaks (src/i18n/catalogues.ts): the closest to its language. */
  messages: string;
  sections: Section[];
}

export interface SiteSettings {
  name: string;
  /** The public origin, without a path: `https://news.example.com`. */
  url: string;
  /** Where the site lives under that origin: `/` or a sub-path such as `/news/`. */
  basePath: string;
  /** Dates are shown in this time zone, so the pre-rendered page and the browser agree. */
  timeZone: string;
  storiesPerPage: number;
  share: { utm: boolean };
  /**
   * The origins stories may frame beyond the fixed providers (interactive graphics, Mastodon
   * servers): for the build's checks and CSP, absent from the browser's bundle (pipeline/sitePlugin.ts).
   */
  embeds?: { interactive: string[]; mastodon: string[] };
  /** The main edition first. */
  editions: [Edition, ...Edition[]];
}

/**
 * What each edition and its sections say of themselves (site.json's descriptions), by edition key
 * ('' for the main one) and section slug. Only heads and feeds say them, so they are not in the
 * settings every page's script carries: src/site/descriptions.ts reads them.
 */
export type SiteDescriptions = Record<string, { description: string; sections: Record<string, string> }>;
