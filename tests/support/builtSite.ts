import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRequestContext } from '@playwright/test';

/** The stories the content folder holds: what the built site must contain, page by page. */
export function contentStories(): {
  slug: string;
  headline: string;
  edition?: string;
  paragraphs: string[];
  rated: boolean;
  live: boolean;
}[] {
  const dir = path.resolve('content', 'stories');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => {
      const story = JSON.parse(readFileSync(path.join(dir, name), 'utf8'));
      const text = (rich: unknown): string =>
        typeof rich === 'string'
          ? rich
          : (rich as { children?: unknown[] }[] | string[])
              .map((node) => {
                if (typeof node === 'string') return node;
                // A line break has no children and no text of its own.
                const { children } = node as { children?: unknown[] };
                return children ? text(children) : '';
              })
              .join('');
      return {
        slug: story.slug,
        headline: story.headline,
        ...(story.edition && { edition: story.edition }),
        paragraphs: story.body
          .filter((block: { type: string }) => block.type === 'paragraph')
          .map((block: { text: unknown }) => text(block.text)),
        rated: story.rating !== undefined,
        live: story.live !== undefined,
      };
    });
}

/** Where the pre-rendered site says it lives, as written into its pages (see src/site/config.ts). */
export const SITE_URL = (process.env.DISPATCH_SITE_URL ?? 'https://dispatch.example.com').replace(/\/+$/, '');

/**
 * Follows every same-site href and src from `start`, as a reader clicking everything would:
 * returns what it reached and every URL that did not answer 200.
 */
export async function crawl(
  request: APIRequestContext,
  start: string,
): Promise<{ seen: Set<string>; broken: string[] }> {
  const seen = new Set<string>([start]);
  const queue = [start];
  const broken: string[] = [];
  while (queue.length > 0) {
    const pagePath = queue.shift()!;
    const response = await request.get(pagePath);
    if (response.status() !== 200) broken.push(`${pagePath}: ${response.status()}`);
    if (!response.headers()['content-type']?.includes('text/html')) continue;
    const html = await response.text();
    for (const [, href] of html.matchAll(/\b(?:href|src)="([^"]+)"/g)) {
      const target = href!.replace(/&amp;/g, '&').replace(SITE_URL, '');
      if (!target.startsWith('/') || target.startsWith('//')) continue;
      const clean = target.split('#')[0]!;
      if (!seen.has(clean)) {
        seen.add(clean);
        queue.push(clean);
      }
    }
  }
  return { seen, broken };
}
