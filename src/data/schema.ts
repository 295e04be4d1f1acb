import { z } from 'zod';
import { isSafeHref, isSafeImageSrc, SLUG_MAX_LENGTH, SLUG_PATTERN } from './safeValues.ts';

/**
 * The story format. Every TypeScript type for content is derived from these schemas, the JSON
 * Schema in `docs/story.schema.json` is generated from them, and validation messages come from
 * them. They run at build time only: the browser trusts the documents the build wrote once their
 * format matches (src/data/fetchDocument.ts).
 */

export const FORMAT_VERSION = 1;

export const slugSchema = z
  .string()
  .max(SLUG_MAX_LENGTH)
  .regex(SLUG_PATTERN, {
    error: ({ input }) =>
      `not a valid slug: ${JSON.stringify(input)}. A slug becomes part of an address, so use only lowercase letters, digits and single hyphens (for example "troops-iraq")`,
  });

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);

const ISO_SHAPE = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/;

export const isoDateTime = z.iso.datetime({
  offset: true,
  // "2026-02-30T10:00:00Z" has the right shape but names no real moment: say so, not "wrong format".
  error: ({ input }) =>
    typeof input === 'string' && ISO_SHAPE.test(input)
      ? `${JSON.stringify(input)} is not a real date and time`
      : 'expected an ISO 8601 date and time with an offset, such as "2020-01-06T18:42:00Z"',
});

const href = z.string().refine(isSafeHref, 'links must be absolute http:, https: or mailto: URLs');

/** Names what is wrong with a discriminated union's `type`: missing, or a value nobody renders. */
function unknownType(input: unknown, kind: string): string {
  const type = typeof input === 'object' && input !== null ? (input as { type?: unknown }).type : undefined;
  return type === undefined ? `missing ${kind} type` : `unknown ${kind} type ${JSON.stringify(type)}`;
}

export type Inline =
  | string
  | { type: 'em' | 'strong'; children: Inline[] }
  | { type: 'link'; href: string; children: Inline[] };

/** Inline text: plain strings, emphasis, strong and links, nested as data — never markup. */
export const inlineSchema: z.ZodType<Inline> = z.lazy(() =>
  z.union([
    z.string(),
    z.discriminatedUnion(
      'type',
      [
        z.strictObject({ type: z.enum(['em', 'strong']), children: z.array(inlineSchema).min(1) }),
        z.strictObject({ type: z.literal('link'), href, children: z.array(inlineSchema).min(1) }),
      ],
      { error: (issue) => `${unknownType(issue.input, 'inline')}: expected em, strong or link` },
    ),
  ]),
);

/** A run of text: a plain string, or a list of inline pieces. */
export const richTextSchema = z.union([text(10_000), z.array(inlineSchema).min(1)]);

export const imageSchema = z.strictObject({
  src: z.string().refine(isSafeImageSrc, 'images must be under /images/ or an https: URL'),
  alt: z.string().max(500).describe('Describes the image for readers who cannot see it; "" only for decoration'),
  width: z.int().positive().max(10_000),
  height: z.int().positive().max(10_000),
  caption: richTextSchema.optional(),
  credit: text(200).optional(),
});

export const paragraphBlockSchema = z.strictObject({
  type: z.literal('paragraph'),
  text: richTextSchema,
});

export const headingBlockSchema = z.strictObject({
  type: z.literal('heading'),
  text: text(200),
});

export const pullQuoteBlockSchema = z.strictObject({
  type: z.literal('pullquote'),
  text: text(500),
  attribution: text(200).optional(),
});

export const blockQuoteBlockSchema = z.strictObject({
  type: z.literal('blockquote'),
  text: richTextSchema,
  attribution: text(200).optional(),
});

export const figureBlockSchema = z.strictObject({
  type: z.literal('figure'),
  image: imageSchema,
});

export const listBlockSchema = z.strictObject({
  type: z.literal('list'),
  style: z.enum(['bulleted', 'numbered']).default('bulleted'),
  items: z.array(richTextSchema).min(1).max(200),
});

export const blockSchema = z.discriminatedUnion(
  'type',
  [
    paragraphBlockSchema,
    headingBlockSchema,
    pullQuoteBlockSchema,
    blockQuoteBlockSchema,
    figureBlockSchema,
    listBlockSchema,
  ],
  {
    error: (issue) =>
      `${unknownType(issue.input, 'block')}: expected paragraph, heading, pullquote, blockquote, figure or list`,
  },
);

export const authorSchema = z.strictObject({
  name: text(120),
  url: href.optional(),
});

export const commentSchema = z.strictObject({
  author: text(120),
  posted: isoDateTime,
  text: text(5_000),
});

export const storySchema = z
  .strictObject({
    $schema: z
      .string()
      .optional()
      .describe(
        'Where editors find the JSON Schema for stories, such as "../../docs/story.schema.json"; the site ignores it',
      ),
    version: z.literal(FORMAT_VERSION, { error: `expected format version ${FORMAT_VERSION}` }),
    slug: slugSchema,
    kicker: text(60).optional(),
    breaking: z.boolean().default(false),
    headline: text(200),
    standfirst: text(600).optional(),
    section: slugSchema,
    tags: z.array(slugSchema).max(20).default([]),
    authors: z.array(authorSchema).max(10).default([]),
    published: isoDateTime,
    updated: isoDateTime.optional(),
    image: imageSchema.optional(),
    body: z.array(blockSchema).min(1, 'a story needs at least one body block').max(20_000),
    related: z.array(slugSchema).max(20).default([]),
    comments: z.union([z.int().nonnegative(), z.array(commentSchema).max(1_000)]).default(0),
  })
  .refine((story) => !story.updated || !(Date.parse(story.updated) < Date.parse(story.published)), {
    path: ['updated'],
    message: 'the update time is before the publication time',
    // Checked even when other fields have problems, so a publisher sees every problem in one run.
    when: ({ value }) => {
      const { published, updated } = (value ?? {}) as Record<string, unknown>;
      return typeof published === 'string' && typeof updated === 'string';
    },
  });

export type Story = z.infer<typeof storySchema>;
export type StoryInput = z.input<typeof storySchema>;
export type Block = z.infer<typeof blockSchema>;
export type RichText = z.infer<typeof richTextSchema>;
export type Image = z.infer<typeof imageSchema>;
export type Author = z.infer<typeof authorSchema>;
