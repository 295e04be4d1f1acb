// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { checkTranslations } from '../../pipeline/check/translations.ts';
import type { StoryFacts } from '../../pipeline/check/storyCache.ts';
import { headTags, storyHead } from '../../src/site/head';
import { sampleContent } from '../support/renderWithRouter';

/** A story's facts as the translation check reads them: the rest does not matter to it. */
const version = (slug: string, language: string, translationOf?: string) => ({
  file: `stories/${slug}.json`,
  facts: { slug, language, headline: `Headline of ${slug}`, ...(translationOf && { translationOf }) } as StoryFacts,
});

describe('translations (translationOf)', () => {
  test('an original and its translations each list the others, by language, named in their own language', () => {
    const { problems, versions } = checkTranslations(
      [version('plant', 'en'), version('plant-ja', 'ja', 'plant'), version('plant-ar', 'ar', 'plant')],
      () => true,
    );
    expect(problems).toEqual([]);
    expect(versions.get('plant')).toEqual([
      { slug: 'plant-ar', headline: 'Headline of plant-ar', language: 'ar', languageName: 'العربية' },
      { slug: 'plant-ja', headline: 'Headline of plant-ja', language: 'ja', languageName: '日本語' },
    ]);
    expect(versions.get('plant-ja')?.map((other) => other.slug)).toEqual(['plant-ar', 'plant']);
    expect(versions.has('unrelated')).toBe(false);
  });

  test('every way a group would be ambiguous is reported, with the file and path', () => {
    const slugs = new Set(['plant', 'plant-ja', 'plant-ja-2', 'plant-ar', 'plant-es', 'self', 'plant-en', 'broken']);
    const { problems, versions } = checkTranslations(
      [
        version('plant', 'en'),
        version('plant-ja', 'ja', 'plant'),
        version('plant-ja-2', 'ja', 'plant'),
        version('plant-es', 'es', 'plant-ja'),
        version('plant-en', 'en', 'plant'),
        version('self', 'en', 'self'),
        version('gone', 'fr', 'no-such-story'),
        // A story whose original has errors of its own: that is its file's problem, not a second one.
        version('to-broken', 'fr', 'broken'),
      ],
      (slug) => slugs.has(slug),
    );
    expect(problems).toEqual([
      {
        file: 'stories/plant-ja-2.json',
        path: 'translationOf',
        message: 'stories/plant-ja.json is already the "ja" version of "plant"',
      },
      {
        file: 'stories/plant-es.json',
        path: 'translationOf',
        message: '"plant-ja" is itself a translation (of "plant"): name the original, "plant"',
      },
      {
        file: 'stories/plant-en.json',
        path: 'translationOf',
        message: '"plant" is in the same language (en): a translation is in another',
      },
      { file: 'stories/self.json', path: 'translationOf', message: 'a story cannot be a translation of itself' },
      { file: 'stories/gone.json', path: 'translationOf', message: 'no story has the slug "no-such-story"' },
    ]);
    expect(versions.get('plant')?.map((other) => other.slug)).toEqual(['plant-ja']);
  });
});

describe('the sample translation', () => {
  const content = sampleContent();
  const english = 'corvel-salt-battery-plant-harran';
  const japanese = 'harran-salt-battery-plant-japanese';

  test('links both ways in the page documents', () => {
    expect(content.translations(english)).toEqual([expect.objectContaining({ slug: japanese, language: 'ja' })]);
    expect(content.translations(japanese)).toEqual([expect.objectContaining({ slug: english, language: 'en' })]);
  });

  test('gives each page hreflang links to every version, itself included, and the original as the default', () => {
    const links = (slug: string) =>
      headTags(storyHead(content.published(slug), content.translations(slug)))
        .filter(({ attrs }) => attrs.hreflang)
        .map(({ attrs }) => [attrs.hreflang, new URL(attrs.href!).pathname]);
    const expected = [
      ['en', `/stories/${english}/`],
      ['ja', `/stories/${japanese}/`],
      ['x-default', `/stories/${english}/`],
    ];
    expect(links(english)).toEqual(expected);
    expect(links(japanese).sort()).toEqual(expected.sort());
  });
});
