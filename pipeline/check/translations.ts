import type { Translation } from '../../src/data/documents.ts';
import type { ContentProblem } from './problems.ts';
import type { StoryFacts } from './storyCache.ts';

interface Version {
  file: string;
  facts: StoryFacts;
}

/** The build's name for a language in itself ("日本語"), as the edition switcher words it. */
const languageName = (language: string): string =>
  new Intl.DisplayNames(language, { type: 'language' }).of(language) ?? language;

/**
 * Groups each original with the stories that say they translate it (`translationOf`), and reports
 * what would make a group ambiguous: a missing or broken original, a translation of a translation,
 * one in the original's language, two in one language. `exists` holds every slug with a file, broken
 * ones too (a link to one is not a second problem); `stories` are the valid ones. Returns, for each
 * story with versions, the others of its group by language.
 */
export function checkTranslations(
  stories: Version[],
  exists: (slug: string) => boolean,
  /** How a file is named in a problem: worked out only for the files that have one. */
  shown = (file: string) => file,
): { problems: ContentProblem[]; versions: Map<string, Translation[]> } {
  const problems: ContentProblem[] = [];
  const bySlug = new Map(stories.map((story) => [story.facts.slug, story]));
  const groups = new Map<string, Version[]>();
  for (const story of stories) {
    const { slug, translationOf: original, language } = story.facts;
    if (original === undefined) continue;
    const problem = (message: string) => problems.push({ file: shown(story.file), path: 'translationOf', message });
    const target = bySlug.get(original);
    if (original === slug) problem('a story cannot be a translation of itself');
    else if (!exists(original)) problem(`no story has the slug "${original}"`);
    else if (!target) continue;
    else if (target.facts.translationOf !== undefined)
      problem(
        `"${original}" is itself a translation (of "${target.facts.translationOf}"): name the original, "${target.facts.translationOf}"`,
      );
    else if (target.facts.language === language)
      problem(`"${original}" is in the same language (${language}): a translation is in another`);
    else {
      const group = groups.get(original) ?? [target];
      const twin = group.find((other) => other.facts.language === language);
      if (twin) problem(`${shown(twin.file)} is already the "${language}" version of "${original}"`);
      else groups.set(original, [...group, story]);
    }
  }
  const versions = new Map<string, Translation[]>();
  for (const group of groups.values()) {
    const byLanguage = [...group].sort((a, b) => a.facts.language.localeCompare(b.facts.language));
    for (const story of group) {
      versions.set(
        story.facts.slug,
        byLanguage
          .filter((other) => other !== story)
          .map(({ facts }) => ({
            slug: facts.slug,
            headline: facts.headline,
            language: facts.language,
            languageName: languageName(facts.language),
          })),
      );
    }
  }
  return { problems, versions };
}
