/** The picture link previews show for a story without an image of its own, drawn at build time. */
export const socialCard = { width: 1200, height: 630 } as const;

/** Where a story's card lives, relative to the site's base path (see pipeline/socialCards.ts). */
export const socialCardPath = (slug: string): string => `/cards/${slug}.jpg`;
