import type { Block, Story } from '../data/schema';
import { plainText } from '../data/storyText';
import type { Translator } from '../i18n/messages';
import { assertUnreachable } from '../lib/assertUnreachable';

/** An adult's average silent reading speed for non-fiction (Brysbaert 2019: 238 wpm), rounded down. */
export const WORDS_PER_MINUTE = 230;

/** A block's words, as read: what reading time counts and search indexes. */
export function blockText(block: Block): string {
  switch (block.type) {
    case 'paragraph':
    case 'blockquote':
      return plainText(block.text);
    case 'heading':
      return plainText(block.text);
    case 'pullquote':
      return block.text;
    case 'list':
      return block.items.map(plainText).join(' ');
    case 'figure':
      return block.image.caption ? plainText(block.image.caption) : '';
    case 'table':
      return [plainText(block.caption), ...block.rows.flat().map(plainText)].join(' ');
    case 'aside':
      return [block.title, ...block.blocks.map(blockText)].join(' ');
    case 'related-link':
      // A card names another page; reading it is a glance, not part of the story's text.
      return '';
    case 'video':
      return [block.title, block.caption ? plainText(block.caption) : ''].join(' ');
    case 'audio':
      return block.title;
    case 'embed':
      // What the page shows of it: its fallback (the player itself is the reader's choice).
      return [block.title ?? '', block.text ?? ''].join(' ');
    case 'gallery':
      return block.images.map((image) => (image.caption ? plainText(image.caption) : '')).join(' ');
    default:
      return assertUnreachable(block);
  }
}

const segmenters = new Map<string, Intl.Segmenter>();

/** Scripts written without spaces between words: only their text needs a dictionary to count. */
const UNSPACED =
  /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}\p{sc=Tibetan}]/u;
/**
 * A word of a spaced script as Unicode's word rules (UAX #29) see it: letters, marks, digits and
 * joiners, held together by an apostrophe or a full stop between them (don't, U.S, 3.5), or a
 * comma between digits (10,000).
 */
const SPACED_WORD = /[\p{L}\p{M}\p{N}\p{Pc}]+(?:(?:['’.]|(?<=\p{N}),(?=\p{N}))[\p{L}\p{M}\p{N}\p{Pc}]+)*/gu;

/**
 * Words as the language divides them (Intl.Segmenter's dictionaries), not as spaces do: Japanese,
 * Chinese and Thai put no spaces between words, so counting spaces would make a long story "1 min".
 * Text in spaced scripts only is counted by the same rules with a regular expression, ten times
 * faster: the build counts every story it checks.
 */
export function countWords(text: string, language = 'en'): number {
  if (!UNSPACED.test(text)) return text.match(SPACED_WORD)?.length ?? 0;
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: 'word' });
    segmenters.set(language, segmenter);
  }
  let words = 0;
  for (const segment of segmenter.segment(text)) if (segment.isWordLike) words += 1;
  return words;
}

/** Seconds of watching or listening a block asks for: a clip's length, when it is given. */
function blockSeconds(block: Block): number {
  return block.type === 'video' || block.type === 'audio' ? (block.duration ?? 0) : 0;
}

/**
 * Whole minutes to read a story's headline, standfirst, body and corrections, and to play its
 * video and audio of known length (the lead video's too): never less than one.
 */
export function readingMinutes(
  story: Pick<Story, 'headline' | 'standfirst' | 'body'> & Partial<Pick<Story, 'corrections' | 'leadVideo'>>,
  language = 'en',
): number {
  const corrections = (story.corrections ?? []).map((correction) => plainText(correction.text));
  const words = [story.headline, story.standfirst ?? '', ...story.body.map(blockText), ...corrections].reduce(
    (sum, text) => sum + countWords(text, language),
    0,
  );
  const seconds = story.body.reduce((sum, block) => sum + blockSeconds(block), story.leadVideo?.duration ?? 0);
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE + seconds / 60));
}

/** "4 min read". */
export const readingTimeLabel = (minutes: number, t: Translator['t']): string =>
  t('story.readingTime', { count: minutes });
