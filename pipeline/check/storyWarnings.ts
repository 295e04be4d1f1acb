import type { Story } from '../../src/data/schema.ts';
import type { ContentProblem } from './problems.ts';

/**
 * Things a publisher should look at that do not stop the build: the story still renders
 * correctly, but probably not as meant.
 */

/**
 * The site has no scheduled publishing: a story shows as soon as it is built, with whatever date it
 * carries. A date more than this far ahead is more likely a typo in the year than a plan.
 */
export const FAR_FUTURE_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

/** A story's or a live update's dates that are far ahead, each at its field (`at` names the field's JSON path). */
export function farFutureDates(
  dated: { published: string; updated?: string | undefined },
  now = Date.now(),
  at = (field: string) => field,
): Omit<ContentProblem, 'file'>[] {
  const warnings: Omit<ContentProblem, 'file'>[] = [];
  for (const field of ['published', 'updated'] as const) {
    const value = dated[field];
    if (value && Date.parse(value) - now > FAR_FUTURE_DAYS * DAY_MS) {
      const days = Math.round((Date.parse(value) - now) / DAY_MS);
      warnings.push({
        path: at(field),
        message: `${value} is ${days.toLocaleString('en')} days in the future: check the year`,
      });
    }
  }
  return warnings;
}

export function storyWarnings(story: Story, now = Date.now()): Omit<ContentProblem, 'file'>[] {
  const warnings = farFutureDates(story, now);
  // A figure in the body may be decoration (alt ""), since the text around it carries the story.
  // The lead image stands for the story on its page, so it always needs a description.
  if (story.image && story.image.alt.trim() === '') {
    warnings.push({
      path: 'image.alt',
      message: 'the lead image has no alt text: describe it for readers who cannot see it',
    });
  }
  return warnings;
}

const normalize = (headline: string): string => headline.trim().replace(/\s+/g, ' ').toLowerCase();

/** Two stories with one headline look like one story twice in every list and feed. */
export function duplicateHeadlines(
  stories: { file: string; headline: string }[],
  /** How a file is named in a problem: worked out only for the files that have one. */
  shown = (file: string) => file,
): ContentProblem[] {
  const first = new Map<string, string>();
  const problems: ContentProblem[] = [];
  for (const { file, headline } of stories) {
    const key = normalize(headline);
    const other = first.get(key);
    if (other === undefined) first.set(key, file);
    else
      problems.push({
        file: shown(file),
        path: 'headline',
        message: `same headline as ${shown(other)}: readers cannot tell the two apart in lists`,
        severity: 'warning',
      });
  }
  return problems;
}
