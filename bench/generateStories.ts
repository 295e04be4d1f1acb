import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import type { StoryInput } from '../src/data/schema.ts';
import { site } from '../src/site/config.ts';

const WORDS = (
  'the council said on monday that its plan would move ahead after months of talks with residents ' +
  'engineers and officials who have argued over costs timing and the future of the harbour road ' +
  'a spokesperson declined to comment further but local groups welcomed the decision while others ' +
  'warned that the budget remained uncertain and that further votes would be needed next spring'
).split(' ');

/** A small deterministic generator, so every run builds exactly the same site. */
function random(seed: number) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

function sentence(next: () => number, words: number): string {
  const picked = Array.from({ length: words }, () => WORDS[Math.floor(next() * WORDS.length)]);
  const text = picked.join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

/**
 * Writes `count` synthetic stories (and the sample images they use) into a content folder:
 * the input of the build benchmark. Sections, tags, lengths and images vary as real news does.
 */
export function generateStories(count: number, dir: string, sampleContent = 'content'): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'stories'), { recursive: true });
  mkdirSync(path.join(dir, 'images'), { recursive: true });
  copyFileSync(path.join(sampleContent, 'site.json'), path.join(dir, 'site.json'));
  const images = readdirSync(path.join(sampleContent, 'images'))
    .filter((name) => name.endsWith('.jpg'))
    .map((name) => {
      const file = path.join(sampleContent, 'images', name);
      copyFileSync(file, path.join(dir, 'images', name));
      const { width, height } = imageSize(readFileSync(file));
      return { name, width, height };
    });
  const next = random(count);
  const start = Date.parse('2026-11-24T12:00:00Z');
  for (let i = 0; i < count; i++) {
    const slug = `generated-story-${i + 1}`;
    const section = site.sections[i % site.sections.length]!.slug;
    const paragraphs = 6 + Math.floor(next() * 14);
    const body: StoryInput['body'] = [];
    for (let p = 0; p < paragraphs; p++) {
      body.push({
        type: 'paragraph',
        text: `${sentence(next, 14 + Math.floor(next() * 20))} ${sentence(next, 10 + Math.floor(next() * 16))}`,
      });
      if (p === 3) body.push({ type: 'pullquote', text: sentence(next, 12), attribution: 'A council spokesperson' });
      if (p === 6 && paragraphs > 10) body.push({ type: 'heading', text: sentence(next, 5).replace(/\.$/, '') });
    }
    const image = images[i % (images.length + 3)];
    const story: StoryInput = {
      version: 1,
      slug,
      kicker: i % 7 === 0 ? 'Analysis' : undefined,
      breaking: i === 0,
      headline: `${sentence(next, 8).replace(/\.$/, '')} (story ${i + 1})`,
      standfirst: sentence(next, 22),
      section,
      tags: [`topic-${i % 40}`, `place-${i % 13}`],
      authors: [{ name: `Reporter ${1 + (i % 25)}` }],
      published: new Date(start - i * 9 * 60_000).toISOString(),
      ...(image && {
        image: { src: `/images/${image.name}`, alt: 'Sample illustration', width: image.width, height: image.height },
      }),
      body,
      comments: i % 5,
    };
    writeFileSync(path.join(dir, 'stories', `${slug}.json`), JSON.stringify(story));
  }
}
