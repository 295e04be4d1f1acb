/**
 * Site-wide settings, in one typed place. Each can be overridden at build time with an
 * environment variable (see docs/deploy.md); every absolute URL the site prints derives from here.
 */

export interface Section {
  slug: string;
  name: string;
  description: string;
}

// Vite exposes DISPATCH_* variables to the bundles as import.meta.env; Node scripts read process.env.
const env: Record<string, string | undefined> =
  import.meta.env ?? (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env ?? {};

function withSlashes(path: string): string {
  return `/${path.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}

export const site = {
  name: env.DISPATCH_SITE_NAME ?? 'Dispatch',
  description: env.DISPATCH_SITE_DESCRIPTION ?? 'Independent news, fast and free to share: a sample Dispatch site.',
  /** The public origin, without a path: `https://news.example.com`. */
  url: (env.DISPATCH_SITE_URL ?? 'https://dispatch.example.com').replace(/\/+$/, ''),
  /** Where the site lives under that origin: `/` or a sub-path such as `/news/`. */
  basePath: withSlashes(env.DISPATCH_BASE_PATH ?? '/'),
  language: env.DISPATCH_LANGUAGE ?? 'en',
  /** How dates are worded (a BCP 47 locale): the build words them, the browser shows them as they are. */
  locale: env.DISPATCH_LOCALE ?? 'en-GB',
  /** Dates are shown in this time zone, so the pre-rendered page and the browser agree. */
  timeZone: env.DISPATCH_TIME_ZONE ?? 'UTC',
  storiesPerPage: 20,
  /** Tag share links with utm_source/utm_medium/utm_campaign (DISPATCH_SHARE_UTM=1); off by default. */
  shareUtm: env.DISPATCH_SHARE_UTM === '1',
  sections: [
    { slug: 'world', name: 'World', description: 'News from around the world.' },
    { slug: 'politics', name: 'Politics', description: 'Power, policy and the people in it.' },
    { slug: 'business', name: 'Business', description: 'Markets, companies and work.' },
    { slug: 'science', name: 'Science', description: 'Discoveries, climate and technology.' },
    { slug: 'culture', name: 'Culture', description: 'Books, film, music and the arts.' },
  ] satisfies Section[],
} as const;

export function sectionName(slug: string): string {
  return site.sections.find((section) => section.slug === slug)?.name ?? slug;
}
