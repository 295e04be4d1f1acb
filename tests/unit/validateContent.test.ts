// @vitest-environment node
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';
import { appFingerprint, compiledDir } from '../../pipeline/fingerprint.mjs';
import { formatProblem } from '../../pipeline/check/problems.ts';
import { validateContent, validationReport, type Validation } from '../../pipeline/check/validateContent.ts';

const FIXTURE = 'tests/fixtures/broken-content';
const run = promisify(execFile);
const file = (name: string) => `${FIXTURE}/stories/${name}`;
const SLUG_RULE =
  'A slug becomes part of an address, so use only lowercase letters, digits and single hyphens (for example "troops-iraq")';

/** Every problem seeded into the fixture, in the order a publisher reads them: file by file. */
const expected: [name: string, path: string, message: string | RegExp, severity?: 'warning'][] = [
  ['far-future.json', 'published', /^2126-11-20T09:00:00Z is [\d,]+ days in the future: check the year$/, 'warning'],
  ['harbour-wall-copy.json', 'slug', 'the file must be named after the slug: harbour-wall-repaired.json'],
  [
    'harbour-wall-copy.json',
    'slug',
    `duplicate slug "harbour-wall-repaired", also used by ${file('harbour-wall-repaired.json')}`,
  ],
  ['impossible-date.json', 'published', '"2026-02-30T10:00:00Z" is not a real date and time'],
  [
    'impossible-date.json',
    'comments[0].posted',
    'expected an ISO 8601 date and time with an offset, such as "2020-01-06T18:42:00Z"',
  ],
  [
    'invisible-character.json',
    'headline',
    'contains the invisible character U+000B, which breaks the RSS feed: delete it',
  ],
  [
    'lead-image-without-alt.json',
    'image.alt',
    'the lead image has no alt text: describe it for readers who cannot see it',
    'warning',
  ],
  ['missing-image.json', 'image.src', `image not found: /images/not-there.jpg (looked in ${FIXTURE}/images)`],
  ['missing-related.json', 'related[1]', 'no story has the slug "no-such-story"'],
  [
    'misspelt-field.json',
    'body[1].image.captoin',
    'unknown field "captoin" (did you mean "caption"?): remove or rename it',
  ],
  [
    'same-headline.json',
    'headline',
    `same headline as ${file('harbour-wall-repaired.json')}: readers cannot tell the two apart in lists`,
    'warning',
  ],
  ['syntax-error.json', '', /^not valid JSON: .* \(line 5, column 1\)$/],
  ['too-long.json', 'headline', 'too long: at most 200 characters (this has 205)'],
  [
    'unknown-block.json',
    'body[1].type',
    'unknown block type "marquee": expected paragraph, heading, pullquote, blockquote, figure, list, related-link, table, aside, video, audio, embed or gallery',
  ],
  ['unknown-section.json', 'section', 'unknown section "sport" (known: world, politics, business, science, culture)'],
  ['unsafe-slug.json', 'slug', `not a valid slug: "../../etc/passwd". ${SLUG_RULE}`],
  ['unsafe-slug.json', 'tags[1]', 'a tag needs at least one letter or digit: its topic page is named by them'],
  ['unsafe-urls.json', 'authors[0].url', 'links must be absolute http:, https: or mailto: URLs'],
  ['unsafe-urls.json', 'body[0].text[1].href', 'links must be absolute http:, https: or mailto: URLs'],
  ['unsafe-urls.json', 'body[1].image.src', 'images must be under /images/ or an https: URL'],
  ['updated-before-published.json', 'updated', 'the update time is before the publication time'],
  ['wrong-types.json', 'headline', 'expected a string, got a number'],
  ['wrong-types.json', 'image.width', 'expected a whole number, got 1.5'],
  ['wrong-types.json', 'body[0].text', 'expected a string or an array, got a number'],
  ['wrong-types.json', 'comments', 'expected a number or an array, got a string'],
];

const expectedProblems = expected.map(([name, path, message, severity]) => ({
  file: file(name),
  path,
  message: typeof message === 'string' ? message : expect.stringMatching(message),
  ...(severity && { severity }),
}));

describe('validating a content folder seeded with one of every problem', () => {
  const validation: Validation = validateContent(path.resolve(FIXTURE));

  test('names every problem with its file and JSON path, in one run', () => {
    expect(validation.problems).toEqual(expectedProblems);
  });

  test('counts errors and warnings apart, over every story file', () => {
    expect(validation).toMatchObject({ errors: 22, warnings: 3, files: 18 });
    expect(validationReport(validation).at(-1)).toBe('22 errors, 3 warnings in 18 files');
  });

  test('prints warnings as such, and errors as "file at path: message"', () => {
    const lines = validationReport(validation);
    expect(lines).toContain(`${file('wrong-types.json')} at headline: expected a string, got a number`);
    expect(lines).toContain(
      `${file('syntax-error.json')}: ${validation.problems.find((problem) => problem.file === file('syntax-error.json'))!.message}`,
    );
    expect(lines.filter((line) => line.startsWith('warning: '))).toEqual(
      validation.problems.filter((problem) => problem.severity === 'warning').map(formatProblem),
    );
    expect(lines.filter((line) => line.startsWith('warning: '))).toHaveLength(3);
  });

  test('a build lists every error but caps the warnings, saying how many more there are', () => {
    const lines = validationReport(validation, 1);
    const errors = validation.problems.filter((problem) => problem.severity !== 'warning').map(formatProblem);
    expect(lines.filter((line) => !line.startsWith('warning: ') && !line.startsWith('…')).slice(0, -1)).toEqual(errors);
    expect(lines.filter((line) => line.startsWith('warning: '))).toHaveLength(1);
    expect(lines.at(-2)).toBe('… and 2 more warnings: npm run validate lists them all');
    expect(lines.at(-1)).toBe('22 errors, 3 warnings in 18 files');
    expect(validationReport(validation, 3)).toEqual(validationReport(validation));
  });

  test('indexes only the stories whose own file is valid: a broken story is never half-built', () => {
    const slugs = validation.content.index.entries.map((entry) => entry.summary.slug).sort();
    expect(slugs).toEqual([
      'far-future',
      'harbour-wall-repaired',
      'lead-image-without-alt',
      'missing-related',
      'same-headline',
    ]);
  });
});

describe('the command line', () => {
  const temporary: string[] = [];
  afterAll(() => {
    for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
  });

  /** Runs a tsx script as a publisher would, and answers with its exit code and output. */
  async function cli(args: string[], env: Record<string, string> = {}) {
    try {
      const { stdout, stderr } = await run('npx', ['tsx', ...args], { env: { ...process.env, ...env } });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
      return { code, stdout, stderr };
    }
  }

  test('`npm run validate <folder>` prints every problem and the summary, and exits 1 on errors', async () => {
    const { code, stdout } = await cli(['pipeline/validate.ts', FIXTURE]);
    expect(code).toBe(1);
    const lines = stdout.trim().split('\n');
    expect(lines).toEqual([
      ...expectedProblems.map((problem) =>
        expect.stringContaining(`${problem.file}${problem.path ? ` at ${problem.path}` : ''}: `),
      ),
      '22 errors, 3 warnings in 18 files',
    ]);
    expect(lines).toContain(
      `${file('unknown-block.json')} at body[1].type: unknown block type "marquee": expected paragraph, heading, pullquote, blockquote, figure, list, related-link, table, aside, video, audio, embed or gallery`,
    );
    expect(lines).toContain(
      `warning: ${file('lead-image-without-alt.json')} at image.alt: the lead image has no alt text: describe it for readers who cannot see it`,
    );
  }, 30_000);

  test('warnings alone are printed but do not fail', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dispatch-warnings-'));
    temporary.push(dir);
    cpSync(path.join(FIXTURE, 'images'), path.join(dir, 'images'), { recursive: true });
    cpSync(path.join(FIXTURE, 'site.json'), path.join(dir, 'site.json'));
    for (const name of ['far-future.json', 'lead-image-without-alt.json'])
      cpSync(path.join(FIXTURE, 'stories', name), path.join(dir, 'stories', name));
    const { code, stdout } = await cli(['pipeline/validate.ts'], { DISPATCH_CONTENT: dir });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^warning: .*far-future\.json at published: /m);
    expect(stdout.trim().split('\n').at(-1)).toBe('0 errors, 2 warnings in 2 files');
  }, 30_000);

  test('a folder without stories is an error, not an empty success', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dispatch-empty-'));
    temporary.push(dir);
    cpSync(path.join(FIXTURE, 'site.json'), path.join(dir, 'site.json'));
    const { code, stdout } = await cli(['pipeline/validate.ts', dir]);
    expect(code).toBe(1);
    expect(stdout).toContain(': no stories/ folder: stories go in stories/<slug>.json');
    expect(stdout.trim().split('\n').at(-1)).toBe('1 error, 0 warnings in 0 files');
  }, 30_000);

  test('`npm run build` runs the same validation and builds nothing from broken content', async () => {
    const { code, stdout, stderr } = await cli(['pipeline/build.ts'], {
      DISPATCH_CONTENT: FIXTURE,
      DISPATCH_OUT_DIR: 'tmp/hostile-never-built',
    });
    expect(code).toBe(1);
    expect(stderr).toContain('The content has errors; nothing was built:');
    expect(stderr).toContain(`  ${file('wrong-types.json')} at headline: expected a string, got a number`);
    expect(stderr.trim().split('\n').at(-1)).toBe('22 errors, 3 warnings in 18 files');
    expect(stdout).not.toContain('bundles:');
  }, 30_000);

  test('`npm run build -- --full` checks each story once, before the pre-render: its workers cannot check', async () => {
    const outDir = path.join(mkdtempSync(path.join(os.tmpdir(), 'dispatch-checked-once-')), 'dist');
    // Where the build keeps the pre-render worker's server bundle for this app.
    const ssrDir = path.join(compiledDir(appFingerprint()), 'bundles', 'ssr');
    temporary.push(path.dirname(outDir));
    const { code, stdout, stderr } = await cli(['pipeline/build.ts', '--full'], { DISPATCH_OUT_DIR: outDir });
    expect(code, stderr).toBe(0);
    const line = stdout.split('\n').find((text) => text.startsWith('BUILD_STATS '))!;
    const stats = JSON.parse(line.slice('BUILD_STATS '.length)) as { stories: number; storyChecks: number };
    expect(stats.stories).toBeGreaterThan(0);
    expect(stats.storyChecks).toBe(stats.stories);

    // Nothing that checks a story is in the workers' bundle: not the schema (zod), not reading a
    // story file, wording its problems or measuring its images.
    const bundle = readdirSync(ssrDir, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.js'))
      .map((name) => readFileSync(path.join(ssrDir, name), 'utf8'))
      .join('\n');
    expect(bundle).toContain('renderToString');
    expect(bundle).not.toContain('not valid JSON');
    expect(bundle).not.toMatch(/from ["'](zod|image-size|fastest-levenshtein)["']/);
  }, 120_000);
});
