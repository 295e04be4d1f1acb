import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The stories the content folder holds: what the built site must contain, page by page. */
export function contentStories(): { slug: string; headline: string; paragraphs: string[] }[] {
  const dir = path.resolve('content', 'stories');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => {
      const story = JSON.parse(readFileSync(path.join(dir, name), 'utf8'));
      const text = (rich: unknown): string =>
        typeof rich === 'string' ? rich : (rich as { children?: unknown[] }[] | string[]).map((node) => (typeof node === 'string' ? node : text((node as { children: unknown[] }).children))).join('');
      return {
        slug: story.slug,
        headline: story.headline,
        paragraphs: story.body.filter((block: { type: string }) => block.type === 'paragraph').map((block: { text: unknown }) => text(block.text)),
      };
    });
}

/** Where the pre-rendered site says it lives, as written into its pages (see src/site/config.ts). */
export const SITE_URL = (process.env.DISPATCH_SITE_URL ?? 'https://dispatch.example.com').replace(/\/+$/, '');
