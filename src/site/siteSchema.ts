import { z } from 'zod';
import { directionSchema, languageTagSchema, slugSchema } from '../data/schema.ts';
import { isSafeImageSrc } from '../data/safeValues.ts';
import { pageKey } from './pageKey.ts';

/**
 * The site configuration a publisher owns: `content/site.json`, beside `stories/` and `images/`.
 * Like the story schema it runs at build time only (pipeline/check/siteConfig.ts); the browser gets
 * the checked settings from the build (src/site/config.ts), never this module.
 *
 * Adding a setting: add a field here (optional, or with a default, so existing sites keep building),
 * document it in docs/content.md, run `npm run schema`, and read it from `site` in src/site/config.ts.
 */

export const SITE_FORMAT_VERSION = 1;

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);

const numberingSystems = new Set(
  typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('numberingSystem') : [],
);

const numeralsSchema = z
  .string()
  .refine((value) => numberingSystems.has(value), {
    error: ({ input }) =>
      `unknown numbering system ${JSON.stringify(input)} (for example "latn" for 0-9, "arab" for ٠-٩, "arabext" for ۰-۹)`,
  })
  .describe('The digits dates and numbers are written in: "latn" (0-9), "arab" (٠-٩)… Default: the locale’s own');

const timeZoneSchema = z
  .string()
  .refine(
    (zone) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    },
    {
      error: ({ input }) =>
        `unknown time zone ${JSON.stringify(input)} (an IANA name such as "Europe/London" or "UTC")`,
    },
  )
  .describe('The IANA time zone dates are shown in, such as "Europe/London"');

export const sectionSchema = z.strictObject({
  slug: slugSchema.describe('The section’s address: /sections/<slug>/'),
  name: text(60),
  description: text(300),
});

function uniqueSlugs(sections: { slug: string }[], ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  sections.forEach((section, i) => {
    if (seen.has(section.slug)) {
      ctx.addIssue({ code: 'custom', path: [i, 'slug'], message: `duplicate section slug "${section.slug}"` });
    }
    seen.add(section.slug);
  });
}

const sectionsSchema = z.array(sectionSchema).min(1, 'a site needs at least one section').superRefine(uniqueSlugs);

/** What an edition (and the site's main edition) says about its language. */
const languageFields = {
  language: languageTagSchema,
  locale: languageTagSchema
    .optional()
    .describe('The locale dates and numbers are worded in, if not the language itself (e.g. "en-GB")'),
  direction: directionSchema.optional(),
  numerals: numeralsSchema.optional(),
};

export const editionSchema = z.strictObject({
  key: slugSchema.describe('The edition’s address: /<key>/ (for example "ar" for /ar/)'),
  name: text(80).optional().describe('The edition’s name in its language; default: the site’s name'),
  description: text(300).optional(),
  ...languageFields,
  sections: sectionsSchema,
});

/** A staff profile: bylines with this name link to the author's page, /authors/<key>/. */
export const authorProfileSchema = z.strictObject({
  name: text(120).describe('As stories write it in their bylines (authors[].name)'),
  role: text(80).describe('Their job at the paper, such as "Climate correspondent"'),
  bio: text(600).optional().describe('A few sentences about them, shown on their page'),
  image: z
    .strictObject({
      src: z
        .string()
        .refine(isSafeImageSrc, 'expected a path under /images/ or an https: URL')
        .describe('Their portrait: a file in the content folder\'s images/, such as "/images/jude-varga.jpg"'),
      width: z.int().positive(),
      height: z.int().positive(),
    })
    .optional(),
});

function uniqueAuthorKeys(authors: { name: string }[], ctx: z.RefinementCtx): void {
  const seen = new Map<string, string>();
  authors.forEach((author, i) => {
    const key = pageKey(author.name);
    const other = seen.get(key);
    if (key === '') ctx.addIssue({ code: 'custom', path: [i, 'name'], message: 'a name needs a letter or digit' });
    else if (other !== undefined) {
      ctx.addIssue({ code: 'custom', path: [i, 'name'], message: `"${author.name}" has the same page as "${other}"` });
    }
    seen.set(key, author.name);
  });
}

export const shareSchema = z.strictObject({
  utm: z.boolean().default(false).describe('Tag shared links with utm_source, utm_medium and utm_campaign'),
});

const originSchema = z.string().refine((value) => {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.origin === value;
  } catch {
    return false;
  }
}, 'expected an https: origin alone, with no path or trailing slash, such as "https://graphics.example.com"');

export const embedsSchema = z.strictObject({
  interactive: z
    .array(originSchema)
    .max(50)
    .default([])
    .describe('Origins whose pages stories may embed as interactive graphics: the publisher’s own'),
  mastodon: z
    .array(originSchema)
    .max(50)
    .default([])
    .describe('Mastodon servers whose posts stories may embed, such as "https://mastodon.social"'),
});

export const siteSchema = z
  .strictObject({
    $schema: z.string().optional().describe('Where editors find this schema: "../docs/site.schema.json"'),
    version: z.literal(SITE_FORMAT_VERSION, { error: `expected version ${SITE_FORMAT_VERSION}` }),
    name: text(80),
    description: text(300),
    url: z
      .url({
        protocol: /^https?$/,
        error: 'expected an absolute http: or https: URL, such as "https://news.example.com"',
      })
      .refine((value) => {
        const url = new URL(value);
        return url.pathname === '/' && !url.search && !url.hash;
      }, 'the origin only, with no path: put a sub-path in basePath')
      .describe('The public origin, without a path: "https://news.example.com"'),
    basePath: z
      .string()
      .regex(/^\/([\w.~-]+\/)*$/, 'expected a path that starts and ends with "/", such as "/" or "/news/"')
      .default('/')
      .describe('Where the site lives under that origin: "/" or a sub-path such as "/news/"'),
    timeZone: timeZoneSchema.default('UTC'),
    storiesPerPage: z.int().min(1).max(200).default(20),
    ...languageFields,
    language: languageFields.language.default('en'),
    sections: sectionsSchema,
    editions: z
      .array(editionSchema)
      .default([])
      .describe('More editions, each at /<key>/ with its own language, front page, sections and feeds'),
    share: shareSchema.default({ utm: false }),
    authors: z
      .array(authorProfileSchema)
      .max(5_000)
      .default([])
      .superRefine(uniqueAuthorKeys)
      .describe('Staff profiles: each gets a page listing their stories, linked from their bylines'),
    embeds: embedsSchema
      .default({ interactive: [], mastodon: [] })
      .describe('Where embeds may come from beyond the fixed providers (the CSP allows exactly these)'),
  })
  .superRefine((site, ctx) => {
    const keys = new Set<string>();
    site.editions.forEach((edition, i) => {
      if (keys.has(edition.key) || RESERVED_KEYS.has(edition.key)) {
        ctx.addIssue({
          code: 'custom',
          path: ['editions', i, 'key'],
          message: keys.has(edition.key)
            ? `duplicate edition key "${edition.key}"`
            : `"${edition.key}" is taken by the site's own pages (${[...RESERVED_KEYS].join(', ')})`,
        });
      }
      keys.add(edition.key);
    });
  });

/** First path segments the main edition already uses. */
const RESERVED_KEYS = new Set([
  'stories',
  'sections',
  'page',
  'saved',
  'data',
  'images',
  'assets',
  'cards',
  'topics',
  'authors',
  'archive',
  'search',
  'pagefind',
]);

/** content/site.json as written. */
export type SiteFile = z.input<typeof siteSchema>;
/** content/site.json as checked, with its defaults filled in. */
export type SiteConfig = z.output<typeof siteSchema>;
export type AuthorProfile = z.output<typeof authorProfileSchema>;
