import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Block } from '../../src/data/schema';
import { englishTranslator } from '../../src/i18n/allCatalogues';
import { blockText, countWords, readingMinutes, readingTimeLabel, WORDS_PER_MINUTE } from '../../src/story/readingTime';

const words = (count: number, word = 'news'): string => Array.from({ length: count }, () => word).join(' ');
const paragraph = (text: string): Block => ({ type: 'paragraph', text });

describe('reading time', () => {
  test('counts words, not spaces or punctuation', () => {
    expect(countWords('  The  troops — are not\nleaving, Esper said.  ')).toBe(7);
    expect(countWords('')).toBe(0);
  });

  test('counts spaced scripts as Intl.Segmenter does, without its dictionaries', () => {
    const segmented = (text: string, language: string) =>
      [...new Intl.Segmenter(language, { granularity: 'word' }).segment(text)].filter((s) => s.isWordLike).length;
    const tricky = [
      "Don't say it's the U.S. budget: 3.5% of 10,000 is 350, e-mail me at 09:30.",
      'Naïve café-owners co‑operate; “quoted” (bracketed) — dashed… ellipsis? Yes! 🙂 2026-12-02',
      'snake_case and l’école and O’Brien’s, 1,2,3 and 4.5.6',
      'قال الوزير إنّ ٢٠١٦ كان عامًا صعبًا، وأضاف: «سنواصل».',
      'Бишкек шаары, 2026-жыл: үч өңүт ңа.',
      'Η Αθήνα, 3,5 εκατ. κάτοικοι.',
    ];
    for (const text of tricky) expect(countWords(text, 'en'), text).toBe(segmented(text, 'en'));
    // And every text of the sample stories, in whatever language each is in.
    const dir = 'content/stories';
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
      const story = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as {
        language?: string;
        headline: string;
        body: Block[];
      };
      const language = story.language ?? 'en';
      for (const text of [story.headline, ...story.body.map(blockText)]) {
        expect(countWords(text, language), `${file}: ${text.slice(0, 60)}`).toBe(segmented(text, language));
      }
    }
  });

  test('counts Japanese and Chinese by dictionary, not by spaces', () => {
    expect(countWords('東京都は新しい防災計画を発表した。', 'ja')).toBeGreaterThan(5);
    expect(countWords('台北市政府今天宣布新的交通政策。', 'zh-Hant')).toBeGreaterThan(5);
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
