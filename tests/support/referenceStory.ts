import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The reference story's text, straight from the seed file: what the first story must show. */
export function referenceStory() {
  const lines = readFileSync(path.resolve('..', 'shared', 'seeds', '000_3cb5f1b065f34f27.txt'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const [kicker, headline, ...rest] = lines;
  const body = rest.slice(0, rest.indexOf('TELL YOUR FRIENDS'));
  return {
    slug: 'defense-secretary-troops-not-withdrawing-iraq',
    kicker: kicker!,
    headline: headline!,
    paragraphs: body.filter((line) => !line.startsWith('Key figure:')),
    caption: body.find((line) => line.startsWith('Key figure:'))!,
  };
}
