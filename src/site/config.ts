import { siteSettings } from '#site-settings';
import type { Edition, Section, SiteSettings } from './settings';

/**
 * Site-wide settings, in one typed place: what content/site.json says, checked by the build and
 * with the environment's overrides applied (docs/content.md, docs/deploy.md). This module holds no
 * publisher facts: `#site-settings` is the build's checked copy (pipeline/sitePlugin.ts in Vite's
 * bundles, pipeline/siteSettings.ts in Node). Every absolute URL the site prints derives from here.
 */

export type { Edition, Section, SiteSettings };

const settings: SiteSettings = siteSettings;
const main = settings.editions[0];

export const site = {
  ...settings,
  /** The main edition's language, locale and sections: a single-language site's only ones. */
  language: main.language,
  locale: main.locale,
  sections: main.sections,
  /** Tag share links with utm_source/utm_medium/utm_campaign (`share.utm` in site.json); off by default. */
  shareUtm: settings.share.utm,
};

export const mainEdition: Edition = main;

/** A section's name in its edition (the main one unless named). */
export function sectionName(slug: string, edition: Edition = main): string {
  return edition.sections.find((section) => section.slug === slug)?.name ?? slug;
}

/** Where embeds may come from beyond the fixed providers: the build's to know, not the browser's (sitePlugin.ts). */
export const embedOrigins = (): { interactive: string[]; mastodon: string[] } =>
  settings.embeds ?? { interactive: [], mastodon: [] };
