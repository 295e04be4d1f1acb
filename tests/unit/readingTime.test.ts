import { describe, expect, test } from 'vitest';
import type { Block } from '../../src/data/schema';
import { englishTranslator } from '../../src/i18n/allCatalogues';
import { countWords, readingMinutes, readingTimeLabel, WORDS_PER_MINUTE } from '../../src/story/readingTime';

const words = (count: number, word = 'news'): string => Array.from({ length: count }, () => word).join(' ');
const paragraph = (text: string): Block => ({ type: 'paragraph', text });

describe('reading time', () => {
  test('counts words, not spaces or punctuation', () => {
    expect(countWords('  The  troops — are not\nleaving, Esper said.  ')).toBe(7);
    expect(countWords('')).toBe(0);
  });

  test('is whole minutes at 230 words a minute, and never under one', () => {
    expect(WORDS_PER_MINUTE).toBe(230);
    expect(readingMinutes({ headline: 'Short', body: [paragraph('One line.')] })).toBe(1);
    expect(readingMinutes({ headline: 'Two minutes', body: [paragraph(words(458))] })).toBe(2);
    expect(readingMinutes({ headline: 'Ten minutes', body: [paragraph(words(2298))] })).toBe(10);
  });

  test('reads every kind of text a reader reads: standfirst, headings, quotes, lists, links and captions', () => {
    const body: Block[] = [
      { type: 'heading', text: words(100) },
      { type: 'pullquote', text: words(100) },
      { type: 'blockquote', text: [{ type: 'em', children: [words(100)] }] },
      {
        type: 'list',
        style: 'bulleted',
        items: [words(50), [{ type: 'link', href: 'https://example.com/', children: [words(50)] }]],
      },
      { type: 'figure', image: { src: '/images/a.jpg', alt: words(500), width: 10, height: 10, caption: words(99) } },
    ];
    // 1 + 100 (standfirst) + 499 in the body = 600 words, 2.6 minutes; the alt text is not read.
    expect(readingMinutes({ headline: 'Mixed', standfirst: words(100), body })).toBe(3);
  });

  test('reads as "N min read"', () => {
    expect(readingTimeLabel(4, englishTranslator.t)).toBe('4 min read');
  });
});
