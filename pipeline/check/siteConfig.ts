import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { catalogueFor } from '../../src/i18n/catalogues.ts';
import { localeDigits } from '../../src/i18n/digits.ts';
import { textDirection } from '../../src/site/direction.ts';
import type { Edition, SiteDescriptions, SiteSettings } from '../../src/site/settings.ts';
import { type AuthorProfile, type SiteConfig, siteSchema } from '../../src/site/siteSchema.ts';
import { issueMessage } from './issueMessages.ts';
import { invalidCharacters } from './invalidCharacters.ts';
import { type ContentProblem, fromZodIssues, jsonPath } from './problems.ts';

export const siteFile = (dir: string): string => path.join(dir, 'site.json');

/** Deploy-time overrides: each environment variable replaces one field of site.json. */
const OVERRIDES: { variable: string; path: string[]; value: (raw: string) => unknown }[] = [
  { variable: 'DISPATCH_SITE_NAME', path: ['name'], value: String },
  { variable: 'DISPATCH_SITE_DESCRIPTION', path: ['description'], value: String },
  { variable: 'DISPATCH_SITE_URL', path: ['url'], value: (raw) => raw.replace(/\/+$/, '') || raw },
  {
    variable: 'DISPATCH_BASE_PATH',
    path: ['basePath'],
    value: (raw) => `/${raw.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/'),
  },
  { variable: 'DISPATCH_LANGUAGE', path: ['language'], value: String },
  { variable: 'DISPATCH_LOCALE', path: ['locale'], value: String },
  { variable: 'DISPATCH_TIME_ZONE', path: ['timeZone'], value: String },
  { variable: 'DISPATCH_SHARE_UTM', path: ['share', 'utm'], value: (raw) => raw === '1' || raw === 'true' },
];

function withOverrides(json: Record<string, unknown>, env: Record<string, string | undefined>) {
  const overridden = new Map<string, string>();
  for (const { variable, path: at, value } of OVERRIDES) {
    const raw = env[variable];
    if (raw === undefined || raw === '') continue;
    let target = json;
    for (const key of at.slice(0, -1)) {
      const next = target[key];
      target[key] = next !== null && typeof next === 'object' && !Array.isArray(next) ? { ...next } : {};
      target = target[key] as Record<string, unknown>;
    }
    target[at.at(-1)!] = value(raw);
    overridden.set(jsonPath(at), variable);
  }
  return overridden;
}

function edition(
  config: SiteConfig,
  fields: Pick<SiteConfig, 'language' | 'locale' | 'direction' | 'numerals' | 'sections'>,
  key: string,
  name = config.name,
): Edition {
  return {
    key,
    name,
    language: fields.language,
    languageName: new Intl.DisplayNames(fields.language, { type: 'language' }).of(fields.language) ?? fields.language,
    locale: fields.locale ?? fields.language,
    direction: fields.direction ?? textDirection(fields.language),
    numerals: fields.numerals ?? null,
    digits: localeDigits(fields.locale ?? fields.language, fields.numerals ?? null),
    messages: catalogueFor(fields.language),
    sections: fields.sections.map(({ slug, name }) => ({ slug, name })),
  };
}

/**
 * The checked configuration as every page is given it (editions complete, the main one first),
 * and apart from it the descriptions, which only heads and feeds say.
 */
export function resolveSite(config: SiteConfig): { settings: SiteSettings; descriptions: SiteDescriptions } {
  const { $schema, version, editions, language, locale, direction, numerals, sections, authors, description, ...rest } =
    config;
  const described = (fields: Pick<SiteConfig, 'sections'>, own = description) => ({
    description: own,
    sections: Object.fromEntries(fields.sections.map((section) => [section.slug, section.description])),
  });
  return {
    settings: {
      ...rest,
      editions: [
        edition(config, config, ''),
        ...editions.map((extra) => edition(config, extra, extra.key, extra.name)),
      ],
    },
    descriptions: Object.fromEntries([
      ['', described(config)],
      ...editions.map((extra) => [extra.key, described(extra, extra.description)]),
    ]),
  };
}

export interface SiteCheck {
  settings: SiteSettings | null;
  descriptions: SiteDescriptions | null;
  /** The staff profiles: the build's alone (author pages), never in the settings every page carries. */
  authors: AuthorProfile[];
  problems: ContentProblem[];
}

/**
 * Reads and checks `<content>/site.json`, with the environment's overrides applied, and reports
 * every problem at once: `content/site.json at sections[1].slug: …`, or the variable's name for a
 * value that came from the environment.
 */
export function checkSiteConfig(dir: string, env: Record<string, string | undefined> = process.env): SiteCheck {
  const file = siteFile(dir);
  const shown = path.relative(process.cwd(), file) || file;
  if (!existsSync(file)) {
    return {
      settings: null,
      descriptions: null,
      authors: [],
      problems: [
        { file: shown, path: '', message: 'missing: every content folder has a site.json (see docs/content.md)' },
      ],
    };
  }
  const text = readFileSync(file, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      settings: null,
      descriptions: null,
      authors: [],
      problems: [{ file: shown, path: '', message: `not valid JSON: ${(error as Error).message}` }],
    };
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return {
      settings: null,
      descriptions: null,
      authors: [],
      problems: [{ file: shown, path: '', message: 'expected an object' }],
    };
  }
  const problems = invalidCharacters(json).map((problem) => ({ file: shown, ...problem }));
  const raw = { ...(json as Record<string, unknown>) };
  const overridden = withOverrides(raw, env);
  const parsed = siteSchema.safeParse(raw, { error: issueMessage });
  if (!parsed.success) {
    for (const problem of fromZodIssues(shown, parsed.error.issues)) {
      const variable = overridden.get(problem.path);
      problems.push(variable ? { ...problem, file: `environment variable ${variable}`, path: '' } : problem);
    }
  }
  if (problems.length > 0 || !parsed.success) return { settings: null, descriptions: null, authors: [], problems };
  return { ...resolveSite(parsed.data), authors: parsed.data.authors, problems };
}
