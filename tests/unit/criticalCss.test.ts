// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { APP_ONLY_CLASSES, criticalCss, withoutFontFaces } from '../../pipeline/criticalCss.ts';
import { type PageSeed, renderDocument } from '../../src/entry-server';
import { testAssets } from '../support/pageAssets';
import { sampleContent } from '../support/renderWithRouter';

/** Every page the build pre-renders from the sample content. */
function samplePages(): PageSeed[] {
  const { index, stories } = sampleContent();
  return [
    { kind: 'not-found' },
    { kind: 'saved' },
    ...[null, ...index.sections].flatMap((section) =>
      index.listPages(section).map((page): PageSeed => ({ kind: 'list', page })),
    ),
    ...index.entries.map(
      ({ summary }): PageSeed => ({ kind: 'story', page: index.storyPage(stories.get(summary.slug)!) }),
    ),
  ];
}

const classesOf = (html: string): Set<string> =>
  new Set([...html.matchAll(/ class="([^"]*)"/g)].flatMap(([, names]) => names!.split(/\s+/)));

describe('the stylesheet a page inlines', { timeout: 60_000 }, () => {
  test('leaves out only rules for what no pre-rendered page has: the first paint looks the same', async () => {
    const pages = samplePages();
    expect(pages.length).toBeGreaterThan(10);
    const used = new Set<string>();
    for (const seed of pages) for (const name of classesOf(await renderDocument(seed, testAssets))) used.add(name);
    expect(used.has('story-body')).toBe(true);
    const appOnly = [...used].filter((name) =>
      APP_ONLY_CLASSES.some(
        (prefix) => name === prefix || name.startsWith(`${prefix}__`) || name.startsWith(`${prefix}--`),
      ),
    );
    expect(appOnly).toEqual([]);
  });

  test('drops print and the rules for what only the app draws or shows, and keeps everything else as it was written', () => {
    const css = [
      '.story{color:red}',
      '.breaking-banner{position:fixed}',
      '.breaking-banner__text,.stale-notice__box{margin:0}',
      '.kicker,.breaking-banner__label{font-weight:700}',
      ':root:has(.breaking-banner){scroll-padding-bottom:4rem}',
      '.story:not(.is-linked){outline:0}',
      '@media print{.story{color:#000}}',
      '@media (min-width:40rem){.story{margin:0}.saved-list{gap:1rem}}',
      // The display settings' panel: in the page, shown only once the app runs; its emptied blocks go too.
      '.reader-settings__panel{position:fixed}',
      '@supports (position-anchor:--a){.reader-settings__panel{inset:0}}',
      '@media (min-width:40rem){@container (width<=20rem){.choice-group{gap:0}}}',
    ].join('');
    expect(criticalCss(css, 'main.css')).toBe(
      '.story{color:red}.kicker,.breaking-banner__label{font-weight:700}.story:not(.is-linked){outline:0}' +
        '@media (min-width:40rem){.story{margin:0}}',
    );
  });

  test('the linked stylesheet leaves its @font-face rules to the inline part, and keeps everything else', () => {
    const css = [
      "@font-face{font-family:Newsreader;src:url(/assets/n.woff2)format('woff2');font-display:optional}",
      '.story{font-family:Newsreader}',
      "@font-face{font-family:Noto;src:url('/assets/{a}.woff2');unicode-range:U+0600-06FF}",
      '@media print{.story{color:#000}}',
    ].join('');
    expect(criticalCss(css, 'main.css')).toContain('@font-face{font-family:Noto');
    expect(withoutFontFaces(css, 'main.css')).toBe('.story{font-family:Newsreader}@media print{.story{color:#000}}');
  });
});
