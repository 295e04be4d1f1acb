import type { Block, Story } from './schema';

/** Where each related link to a story is in a body of blocks (`body[2].story`): a story's, or a live update's. */
export function bodyLinks(body: Block[]): { at: string; slug: string }[] {
  const links: { at: string; slug: string }[] = [];
  body.forEach((block, i) => {
    if (block.type === 'related-link' && block.story) links.push({ at: `body[${i}].story`, slug: block.story });
  });
  return links;
}

/** Where each related link to a story is in the file, for the check that its story exists. */
export function storyLinks(story: Pick<Story, 'standfirstLinks' | 'body'>): { at: string; slug: string }[] {
  const links: { at: string; slug: string }[] = [];
  story.standfirstLinks.forEach((link, i) => {
    if (link.story) links.push({ at: `standfirstLinks[${i}].story`, slug: link.story });
  });
  return [...links, ...bodyLinks(story.body)];
}

/** The slugs of the stories these related links point to, in the order they appear, each once. */
export const linkedSlugs = (links: { slug: string }[]): string[] => [...new Set(links.map((link) => link.slug))];
