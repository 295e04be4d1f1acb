// @vitest-environment node
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';
import { checkSiteConfig } from '../../pipeline/check/siteConfig.ts';
import { formatProblem } from '../../pipeline/check/problems.ts';
import { siteJsonSchema, siteSchemaFile } from '../../scripts/generate-json-schema.ts';
import { site } from '../../src/site/config';
import { editionDescription, sectionDescription } from '../../src/site/descriptions';
import { textDirection } from '../../src/site/direction';
import { siteSchema } from '../../src/site/siteSchema';

const sample = JSON.parse(readFileSync('content/site.json', 'utf8'));
const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

/** A content folder holding only this site.json (or this text). */
function folderWith(config: unknown): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dispatch-site-'));
  folders.push(dir);
  writeFileSync(path.join(dir, 'site.json'), typeof config === 'string' ? config : JSON.stringify(config));
  return dir;
}

const lines = (dir: string, env: Record<string, string> = {}) =>
  checkSiteConfig(dir, env).problems.map((problem) =>
    formatProblem(problem).replace(`${path.relative(process.cwd(), dir)}/`, '<dir>/'),
  );

describe('content/site.json', () => {
  test('the sample configuration is valid, and it is what every page is given', () => {
    const { settings, problems } = checkSiteConfig('content', {});
    expect(problems).toEqual([]);
    expect(settings!.name).toBe(sample.name);
    expect(settings!.editions[0]).toMatchObject({ key: '', language: 'en', direction: 'ltr', messages: 'en' });
    expect(settings!.editions[0].sections.map((section) => section.slug)).toEqual(
      sample.sections.map((section: { slug: string }) => section.slug),
    );
    // The build under test ran with the same file: config.ts holds nothing of its own.
    expect(site.name).toBe(sample.name);
    expect(site.sections).toEqual(
      sample.sections.map(({ slug, name }: { slug: string; name: string }) => ({ slug, name })),
    );
  });

  test('the descriptions are kept apart from the settings every page is given, for heads and feeds', () => {
    const { settings, descriptions } = checkSiteConfig('content', {});
    expect(JSON.stringify(settings)).not.toContain(sample.description);
    expect(descriptions!['']!.description).toBe(sample.description);
    for (const edition of site.editions) {
      const own = sample.editions.find((extra: { key: string }) => extra.key === edition.key) ?? sample;
      // An edition without a description of its own says the site's.
      expect(editionDescription(edition)).toBe(own.description ?? sample.description);
      for (const section of own.sections) expect(sectionDescription(edition, section.slug)).toBe(section.description);
    }
  });

  test('every problem is reported at once, with the file and the JSON path', () => {
    const dir = folderWith({
      version: 1,
      name: '',
      description: 'A site.',
      url: 'https://news.example.com/news',
      timeZone: 'Europe/Londn',
      language: 'en_GB',
      sections: [
        { slug: 'world', name: 'World', description: 'World news.' },
        { slug: 'world', name: 'Again', description: 'Twice.', colour: 'red' },
      ],
      editions: [{ key: 'stories', language: 'ar', sections: [] }],
      shareUtm: true,
    });
    expect(lines(dir)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/site\.json at name: must not be empty$/),
        expect.stringMatching(/site\.json at url: the origin only, with no path: put a sub-path in basePath$/),
        expect.stringMatching(/site\.json at timeZone: unknown time zone "Europe\/Londn"/),
        expect.stringMatching(/site\.json at language: not a BCP 47 language tag: "en_GB"/),
        expect.stringMatching(/site\.json at sections\[1\]\.colour: /),
        expect.stringMatching(/site\.json at editions\[0\]\.sections: a site needs at least one section$/),
        expect.stringMatching(/site\.json at shareUtm: /),
      ]),
    );
    expect(lines(dir).every((line) => line.startsWith('<dir>/site.json at '))).toBe(true);
  });

  test('cross-field rules: duplicate section slugs, edition keys that collide with the site’s own pages', () => {
    const dir = folderWith({
      ...sample,
      sections: [...sample.sections, sample.sections[0]],
      editions: [
        { key: 'saved', language: 'ar', sections: sample.sections },
        { key: 'ar', language: 'ar', sections: sample.sections },
        { key: 'ar', language: 'ar', sections: sample.sections },
      ],
    });
    expect(lines(dir)).toEqual([
      `<dir>/site.json at sections[5].slug: duplicate section slug "world"`,
      expect.stringMatching(/^<dir>\/site\.json at editions\[0\]\.key: "saved" is taken by the site's own pages/),
      `<dir>/site.json at editions[2].key: duplicate edition key "ar"`,
    ]);
  });

  test('a missing file, or one that is not JSON, says so', () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), 'dispatch-site-'));
    folders.push(empty);
    expect(lines(empty)).toEqual([
      '<dir>/site.json: missing: every content folder has a site.json (see docs/content.md)',
    ]);
    expect(lines(folderWith('{ "name": '))[0]).toMatch(/^<dir>\/site\.json: not valid JSON: /);
  });

  test('environment variables override the file for a deploy, and a bad one is named', () => {
    const dir = folderWith(sample);
    const { settings } = checkSiteConfig(dir, {
      DISPATCH_SITE_URL: 'https://news.example.org/',
      DISPATCH_BASE_PATH: 'news',
      DISPATCH_TIME_ZONE: 'America/New_York',
      DISPATCH_SHARE_UTM: '1',
    });
    expect(settings).toMatchObject({
      url: 'https://news.example.org',
      basePath: '/news/',
      timeZone: 'America/New_York',
      share: { utm: true },
    });
    expect(lines(dir, { DISPATCH_TIME_ZONE: 'Mars/Olympus' })).toEqual([
      'environment variable DISPATCH_TIME_ZONE: unknown time zone "Mars/Olympus" (an IANA name such as "Europe/London" or "UTC")',
    ]);
  });

  test('an edition gets its direction from its language unless it says otherwise', () => {
    const dir = folderWith({
      ...sample,
      editions: [
        { key: 'ar', language: 'ar', numerals: 'arab', sections: sample.sections },
        { key: 'ur', language: 'ur-Latn', sections: sample.sections },
        { key: 'he', language: 'he', direction: 'ltr', sections: sample.sections },
      ],
    });
    const { settings } = checkSiteConfig(dir, {});
    expect(
      settings!.editions.map(({ key, direction, messages, numerals }) => [key, direction, messages, numerals]),
    ).toEqual([
      ['', 'ltr', 'en', null],
      ['ar', 'rtl', 'ar', 'arab'],
      ['ur', 'ltr', 'en', null],
      ['he', 'ltr', 'en', null],
    ]);
  });

  test('docs/site.schema.json is generated from the current schema', () => {
    expect(readFileSync(siteSchemaFile, 'utf8'), 'run `npm run schema` and commit the result').toBe(siteJsonSchema());
    const schema = JSON.parse(siteJsonSchema());
    expect(Object.keys(schema.properties)).toEqual(Object.keys(siteSchema.shape));
    expect(schema.required).toEqual(['version', 'name', 'description', 'url', 'sections']);
  });

  test('`npm run validate` reports a broken site.json with file and path, and fails', async () => {
    const dir = folderWith({ ...sample, sections: [{ slug: 'World!', name: 'World', description: 'x' }] });
    const run = promisify(execFile);
    const result = await run('npx', ['tsx', 'pipeline/validate.ts', dir]).catch((error) => error);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`site.json at sections[0].slug: not a valid slug: "World!"`);
    expect(result.stdout.trim().split('\n').at(-1)).toBe('1 error in the site configuration');
  }, 30_000);
});

describe('text direction', () => {
  test.each([
    ['ar', 'rtl'],
    ['fa', 'rtl'],
    ['ur', 'rtl'],
    ['he', 'rtl'],
    ['dv', 'rtl'],
    ['syr', 'rtl'],
    ['nqo', 'rtl'],
    ['ff-Adlm', 'rtl'],
    ['rhg-Rohg', 'rtl'],
    ['ckb', 'rtl'],
    ['ug', 'rtl'],
    ['ur-Latn', 'ltr'],
    ['ja', 'ltr'],
    ['zh-Hant', 'ltr'],
    ['ky', 'ltr'],
    ['en-GB', 'ltr'],
  ])('%s is %s', (language, direction) => {
    expect(textDirection(language)).toBe(direction);
  });
});
