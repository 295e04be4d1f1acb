import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { storySchema } from '../src/data/schema.ts';
import { writeSocialCard } from '../pipeline/socialCards.ts';

/**
 * `npm run bench:cards -- [count]`: draws `count` distinct cards into an empty cache, one
 * after another on this thread, and prints the milliseconds per card. Headlines mix lengths and
 * scripts; every third card has a lead image. The first card (fonts loading) is timed apart.
 */
const count = Number(process.argv[2] ?? 200);
const headlines = [
  'Floods close the Aldmoor pass and the road north',
  'Council approves a four-day week for its staff after a year-long trial in three departments',
  'Assembly passes rural libraries bill',
  'Η Αθήνα ανοίγει τη νέα γραμμή του μετρό',
  'Бишкекте жаңы көпүрө ачылды: шаар тургундары кубанычта',
  'البرلمان يقر قانون المكتبات الريفية بعد نقاش طويل',
  '東京都、2026年度の防災計画を発表 震度7を想定',
  '北京市发布2026年新的公共交通计划',
];
const images = ['marrow-bay-coast.jpg', 'corvel-saltworks.jpg', 'kestrel-ridge-sky.jpg'];
const story = (i: number) =>
  storySchema.parse({
    version: 1,
    slug: `bench-card-${i}`,
    kicker: i % 4 === 0 ? 'Breaking' : 'Analysis',
    breaking: i % 4 === 0,
    headline: `${headlines[i % headlines.length]} ${i}`,
    section: 'world',
    published: '2026-11-24T18:42:00+00:00',
    body: [{ type: 'paragraph', text: 'Body text.' }],
    ...(i % 3 === 0 && {
      image: { src: `/images/${images[i % images.length]}`, alt: 'A picture', width: 1600, height: 900 },
    }),
  });

const out = mkdtempSync(path.join(tmpdir(), 'dispatch-bench-cards-'));
const cache = path.join(out, 'cache');
try {
  let started = performance.now();
  await writeSocialCard(story(0), out, cache);
  const first = performance.now() - started;
  started = performance.now();
  for (let i = 1; i < count; i++) await writeSocialCard(story(i), out, cache);
  const each = (performance.now() - started) / (count - 1);
  console.log(`social cards: first ${first.toFixed(0)} ms, then ${each.toFixed(1)} ms per card (${count - 1} cards)`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
