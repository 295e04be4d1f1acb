import { z } from 'zod';
import { isLanguageTag } from '../site/direction.ts';
import { EMBED_PROVIDERS, embedFrameUrl, PROVIDER_NAMES, PROVIDER_URL_EXAMPLES } from './embedProviders.ts';
import { isSafeHref, isSafeImageSrc, SLUG_MAX_LENGTH, SLUG_PATTERN } from './safeValues.ts';
import { plainText } from './storyText.ts';
import { pageKey } from '../site/pageKey.ts';

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

export const languageTagSchema = z
  .string()
  .refine(isLanguageTag, {
    error: ({ input }) =>
      `not a BCP 47 language tag: ${JSON.stringify(input)} (for example "en", "ar", "pt-BR", "zh-Hant")`,
  })
  .describe('A BCP 47 language tag, such as "en", "ar", "ja" or "pt-BR"');

export const directionSchema = z
  .enum(['ltr', 'rtl'])
  .describe('Only to override the direction the language implies (its script says: Arabic and Hebrew are rtl)');

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
  | { type: 'link'; href: string; children: Inline[] }
  | { type: 'break' }
  | { type: 'lang'; lang: string; children: Inline[] };

/** Inline text: plain strings, emphasis, strong, links and line breaks, nested as data — never markup. */
export const inlineSchema: z.ZodType<Inline> = z.lazy(() =>
  z.union([
    z.string(),
    z.discriminatedUnion(
      'type',
      [
        z.strictObject({ type: z.enum(['em', 'strong']), children: z.array(inlineSchema).min(1) }),
        z.strictObject({ type: z.literal('link'), href, children: z.array(inlineSchema).min(1) }),
        z.strictObject({ type: z.literal('break') }),
        z.strictObject({ type: z.literal('lang'), lang: languageTagSchema, children: z.array(inlineSchema).min(1) }),
      ],
      { error: (issue) => `${unknownType(issue.input, 'inline')}: expected em, strong, link, break or lang` },
    ),
  ]),
);

/** A run of text: a plain string, or a list of inline pieces. */
export const richTextSchema = z.union([text(10_000), z.array(inlineSchema).min(1)]);

/** Rich text whose words, however they are split into pieces, stay within `max` characters. */
const shortRichText = (max: number) =>
  z.union([
    text(max),
    z
      .array(inlineSchema)
      .min(1)
      .refine((pieces) => plainText(pieces).length <= max, {
        error: ({ input }) =>
          `too long: at most ${max} characters of text (this has ${plainText(input as Inline[]).length})`,
      })
      .refine((pieces) => plainText(pieces).trim().length > 0, 'must not be empty'),
  ]);

const httpsUrl = z
  .string()
  .refine((url) => isSafeHref(url) && new URL(url).protocol === 'https:', 'must be an absolute https: URL');

const imageSrc = z.string().refine(isSafeImageSrc, 'images must be under /images/ or an https: URL');

/**
 * The widths the publisher's image CDN serves of a remote image: a URL template with `{width}` and
 * the widths, or the list of `{ width, src }`. Checked stories carry the list, narrowest first.
 */
const renditionsSchema = z
  .union([
    z.strictObject({
      template: httpsUrl.refine((url) => url.includes('{width}'), {
        message: 'the template must contain {width}, where the CDN takes the width in pixels',
      }),
      widths: z.array(z.int().min(80).max(10_000)).min(1).max(12),
    }),
    z
      .array(z.strictObject({ width: z.int().min(80).max(10_000), src: httpsUrl }))
      .min(1)
      .max(12),
  ])
  .transform((renditions) =>
    (Array.isArray(renditions)
      ? renditions
      : renditions.widths.map((width) => ({ width, src: renditions.template.replaceAll('{width}', String(width)) }))
    ).toSorted((a, b) => a.width - b.width),
  );

export const imageSchema = z
  .strictObject({
    src: imageSrc,
    alt: z.string().max(500).describe('Describes the image for readers who cannot see it; "" only for decoration'),
    width: z.int().positive().max(10_000),
    height: z.int().positive().max(10_000),
    caption: richTextSchema.optional(),
    credit: text(200).optional(),
    renditions: renditionsSchema
      .optional()
      .describe('Only for an https: image: the widths its CDN serves, so phones get a small file (a srcset)'),
  })
  .refine((image) => !image.renditions || image.src.startsWith('https:'), {
    path: ['renditions'],
    message: "renditions are for remote (https:) images: the site makes its own images' sizes",
  });

export const paragraphBlockSchema = z.strictObject({
  type: z.literal('paragraph'),
  text: richTextSchema,
});

export const headingBlockSchema = z.strictObject({
  type: z.literal('heading'),
  text: shortRichText(200),
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
  display: z
    .enum(['inline', 'wide', 'showcase', 'thumbnail'])
    .optional()
    .describe(
      'inline (the text column, the default), wide, showcase (the whole screen) or thumbnail (beside the text)',
    ),
});

export const listBlockSchema = z.strictObject({
  type: z.literal('list'),
  style: z.enum(['bulleted', 'numbered']).default('bulleted'),
  items: z.array(richTextSchema).min(1).max(200),
});

/** Where a related link goes: another story of this site by its slug, or an external page with its title. */
const relatedLinkFields = {
  story: slugSchema.optional().describe("The slug of a story on this site: the card shows that story's own headline"),
  url: httpsUrl.optional().describe('An external page, instead of a story'),
  title: text(200).optional().describe('The title of the external page (only with url)'),
};

function checkRelatedLink(
  link: { story?: string | undefined; url?: string | undefined; title?: string | undefined },
  ctx: z.RefinementCtx,
) {
  if (link.story === undefined && link.url === undefined) {
    ctx.addIssue({ code: 'custom', message: 'a related link needs either "story" (a slug) or "url" with a "title"' });
  } else if (link.story !== undefined && link.url !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['url'], message: 'give either "story" or "url", not both' });
  } else if (link.url !== undefined && link.title === undefined) {
    ctx.addIssue({ code: 'custom', path: ['title'], message: 'a link to an external page needs its title' });
  } else if (link.story !== undefined && link.title !== undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['title'],
      message: "a link to a story shows that story's own headline: remove the title",
    });
  }
}

export const relatedLinkSchema = z.strictObject(relatedLinkFields).superRefine(checkRelatedLink);

export const relatedLinkBlockSchema = z
  .strictObject({ type: z.literal('related-link'), ...relatedLinkFields })
  .superRefine(checkRelatedLink);

/** Tables stay readable on a phone and cheap to render: past these, a table belongs in a graphic or a download. */
export const TABLE_LIMITS = { columns: 12, rows: 300, cellCharacters: 1_000 } as const;

/** A cell may be empty (""), unlike other text: tables have gaps. */
const tableCellSchema = z.union([z.string().max(TABLE_LIMITS.cellCharacters), z.array(inlineSchema).min(1)]);

export const tableBlockSchema = z
  .strictObject({
    type: z.literal('table'),
    caption: shortRichText(300).describe('What the table shows; also names its scroll area for screen readers'),
    header: z
      .enum(['row', 'column', 'both', 'none'])
      .default('row')
      .describe('Which cells are headings: the first row, the first column, both or none'),
    align: z
      .array(z.enum(['start', 'center', 'end', 'numeric']))
      .optional()
      .describe('How each column is aligned; without it, columns of numbers are aligned as numbers'),
    rows: z.array(z.array(tableCellSchema).min(1)).min(1),
  })
  .superRefine((table, ctx) => {
    const { columns, rows } = TABLE_LIMITS;
    if (table.rows.length > rows) {
      ctx.addIssue({
        code: 'custom',
        path: ['rows'],
        message: `the table is too big: at most ${rows} rows (this has ${table.rows.length}); split it or publish it as a file`,
      });
    }
    const width = table.rows[0]!.length;
    if (width > columns) {
      ctx.addIssue({
        code: 'custom',
        path: ['rows', 0],
        message: `the table is too wide: at most ${columns} columns (this has ${width})`,
      });
    }
    table.rows.forEach((row, i) => {
      if (i > 0 && row.length !== width)
        ctx.addIssue({
          code: 'custom',
          path: ['rows', i],
          message: `every row needs as many cells as the first row (${width}); this one has ${row.length}`,
        });
    });
    if (table.align && table.align.length !== width) {
      ctx.addIssue({
        code: 'custom',
        path: ['align'],
        message: `give one alignment per column (${width}); this gives ${table.align.length}`,
      });
    }
  });

/** The blocks a box may hold: text, lists, sub-headings and images, nothing that is itself a box or a card. */
const asideInnerBlockSchema = z.discriminatedUnion(
  'type',
  [paragraphBlockSchema, listBlockSchema, headingBlockSchema, figureBlockSchema],
  {
    error: (issue) =>
      `${unknownType(issue.input, 'block')}: an aside holds only paragraph, list, heading or figure blocks`,
  },
);

export const asideBlockSchema = z.strictObject({
  type: z.literal('aside'),
  style: z
    .enum(['explainer', 'key-facts', 'q-and-a'])
    .optional()
    .describe('explainer, key-facts or q-and-a (its headings are the questions); without it, a plain box'),
  title: text(120),
  blocks: z.array(asideInnerBlockSchema).min(1, 'an aside needs at least one block').max(40),
});

/** A media file: from the site's own `/images/` folder, where it is published as it is, or over https. */
const mediaSrc = z.string().refine(isSafeImageSrc, 'media files must be under /images/ or an https: URL');

const transcript = href.describe('A page with the words spoken: for readers who cannot or would rather not listen');

const mediaSource = <T extends readonly [string, ...string[]]>(types: T) =>
  z.strictObject({
    src: mediaSrc,
    type: z.enum(types).describe("The file's MIME type: the browser skips what it cannot play"),
  });

const trackSchema = z.strictObject({
  src: mediaSrc.refine(
    (src) => /\.vtt$/i.test(new URL(src, 'https://x.invalid').pathname),
    'tracks are WebVTT (.vtt) files',
  ),
  kind: z.enum(['captions', 'subtitles']).default('captions'),
  srclang: z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? 'a caption or subtitle track needs its language (srclang), such as "en"'
          : undefined,
    })
    .pipe(languageTagSchema),
  label: text(80).describe('What the track menu shows, such as "English" or "العربية"'),
});

/** A duration in whole seconds: up to a day. */
const seconds = z.int().positive().max(86_400);

export const videoSchema = z.strictObject({
  title: text(200).describe('Names the video for screen readers and search engines'),
  sources: z
    .array(mediaSource(['video/mp4', 'video/webm']))
    .min(1)
    .max(4),
  poster: imageSrc.describe(
    'The still shown before it plays: required, so nothing is downloaded until the reader asks',
  ),
  width: z.int().positive().max(10_000),
  height: z.int().positive().max(10_000),
  duration: seconds.optional(),
  tracks: z.array(trackSchema).max(20).default([]),
  transcript: transcript.optional(),
  caption: richTextSchema.optional(),
  credit: text(200).optional(),
});

export const videoBlockSchema = z.strictObject({ type: z.literal('video'), ...videoSchema.shape });

export const audioBlockSchema = z.strictObject({
  type: z.literal('audio'),
  title: text(200),
  sources: z
    .array(mediaSource(['audio/mpeg', 'audio/mp4', 'audio/ogg', 'audio/webm']))
    .min(1)
    .max(4),
  duration: seconds,
  transcript: transcript.optional(),
  credit: text(200).optional(),
});

export const embedBlockSchema = z
  .strictObject({
    type: z.literal('embed'),
    provider: z.enum(EMBED_PROVIDERS),
    url: httpsUrl.describe("The post's or video's own address; the player's is worked out from it"),
    title: text(300).optional().describe("The video's or graphic's title (a post may give its text instead)"),
    text: text(2_000).optional().describe("A post's words, shown until the reader loads it"),
    author: text(120).optional(),
    date: isoDateTime.optional(),
    thumbnail: imageSchema.optional().describe('A still shown until the reader loads it'),
    height: z.int().min(100).max(2_000).optional().describe("The frame's height in pixels, for posts and graphics"),
  })
  .superRefine((embed, ctx) => {
    if (embed.title === undefined && embed.text === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['title'],
        message: 'an embed needs a title or a text: what the page shows',
      });
    }
    if (embed.provider !== 'interactive' && !embedFrameUrl(embed.provider, embed.url)) {
      ctx.addIssue({
        code: 'custom',
        path: ['url'],
        message: `not a ${PROVIDER_NAMES[embed.provider]} address: expected ${PROVIDER_URL_EXAMPLES[embed.provider]}`,
      });
    }
  });

export const galleryBlockSchema = z.strictObject({
  type: z.literal('gallery'),
  title: text(120).optional().describe('Names the gallery for screen readers; default: "Gallery"'),
  images: z.array(imageSchema).min(2, 'a gallery needs at least 2 images').max(40),
});

const blockSchemas = [
  paragraphBlockSchema,
  headingBlockSchema,
  pullQuoteBlockSchema,
  blockQuoteBlockSchema,
  figureBlockSchema,
  listBlockSchema,
  relatedLinkBlockSchema,
  tableBlockSchema,
  asideBlockSchema,
  videoBlockSchema,
  audioBlockSchema,
  embedBlockSchema,
  galleryBlockSchema,
] as const;

/** "paragraph, heading, … or aside": every block type, for the message about one nobody renders. */
const blockTypes = blockSchemas.map((schema) => schema.shape.type.value);
const blockTypeList = `${blockTypes.slice(0, -1).join(', ')} or ${blockTypes.at(-1)}`;

export const blockSchema = z.discriminatedUnion('type', blockSchemas, {
  error: (issue) => `${unknownType(issue.input, 'block')}: expected ${blockTypeList}`,
});

/** A tag as readers see it, in any script ("Marrow Bay", "طاقة"): its topic page's address is derived from it. */
export const tagSchema = text(60)
  .refine((tag) => pageKey(tag) !== '', 'a tag needs at least one letter or digit: its topic page is named by them')
  .describe('A topic, as readers see it, in any script: its page is /topics/<key>/, the key made from its words');

export const authorSchema = z.strictObject({
  name: text(120),
  url: href.optional(),
  role: text(80).optional().describe('Their job on this story or at the paper, such as "Climate correspondent"'),
  location: text(80).optional().describe('Where they reported from: the dateline, such as "Marrow Bay"'),
});

export const correctionSchema = z.strictObject({
  date: isoDateTime,
  text: richTextSchema,
});

export const ratingSchema = z
  .strictObject({
    value: z.number().min(0).multipleOf(0.5, 'a rating is given in whole or half stars'),
    best: z.int().min(1).max(10).default(5).describe('The most stars a review can give; 5 unless said'),
    item: text(200).describe('What is reviewed: the album, film, book, play or restaurant'),
    itemType: z
      .enum([
        'Book',
        'Movie',
        'MusicAlbum',
        'MusicRecording',
        'TVSeries',
        'VideoGame',
        'Event',
        'Restaurant',
        'Product',
        'CreativeWork',
      ])
      .default('CreativeWork')
      .describe('Its schema.org type, for search engines'),
  })
  .refine((rating) => rating.value <= rating.best, {
    path: ['value'],
    error: ({ input }) => {
      const { value, best } = input as { value: number; best: number };
      return `the rating ${value} is more than the best possible, ${best}`;
    },
  });

export const commentSchema = z.strictObject({
  author: text(120),
  posted: isoDateTime,
  text: text(5_000),
});

/** Live coverage: an update's id becomes part of its address (`#update-<id>`), so it is slug-like. */
export const updateIdSchema = z
  .string()
  .max(60)
  .regex(SLUG_PATTERN, {
    error: ({ input }) =>
      `not a valid update id: ${JSON.stringify(input)}. Use lowercase letters, digits and single hyphens (for example "1405-levee")`,
  });

/** One post of a live story: what a publisher appends to it, or adds as a file of its own. */
export const liveUpdateSchema = z
  .strictObject({
    $schema: z.string().optional().describe('Where editors find the JSON Schema; the site ignores it'),
    id: updateIdSchema.describe('Stable for ever: the update is linked to as #update-<id>'),
    published: isoDateTime,
    updated: isoDateTime.optional(),
    title: text(200).optional(),
    author: authorSchema.optional(),
    keyEvent: z.boolean().default(false).describe('Listed among the key events at the top of the page'),
    body: z.array(blockSchema).min(1, 'an update needs at least one body block').max(200),
  })
  .refine((update) => !update.updated || !(Date.parse(update.updated) < Date.parse(update.published)), {
    path: ['updated'],
    message: 'the update time is before the publication time',
    when: ({ value }) => {
      const { published, updated } = (value ?? {}) as Record<string, unknown>;
      return typeof published === 'string' && typeof updated === 'string';
    },
  });

export const liveSchema = z
  .strictObject({
    status: z.enum(['live', 'ended']).describe('live while updates are coming; ended when the coverage is over'),
    pinned: updateIdSchema.optional().describe('The id of the update shown first, above the others'),
    summary: z
      .array(richTextSchema)
      .max(12)
      .optional()
      .describe('Key points, shown under the headline: the story so far'),
    updates: z
      .array(liveUpdateSchema)
      .max(5_000)
      .default([])
      .describe('Updates, oldest first; more may be added as files in stories/<slug>/updates/'),
  })
  .describe('Makes the story live coverage: timestamped updates, newest first on its page');

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
    standfirstLinks: z
      .array(relatedLinkSchema)
      .max(6)
      .default([])
      .describe('Related links shown under the standfirst: stories by slug, or external pages with their titles'),
    section: slugSchema,
    edition: slugSchema
      .optional()
      .describe('The key of the edition it belongs to (site.json editions); default: the main one'),
    language: languageTagSchema
      .optional()
      .describe('The language it is written in, if not its edition’s: the `lang` of its page and feeds'),
    direction: directionSchema.optional(),
    translationOf: slugSchema
      .optional()
      .describe('The slug of the story this one translates: each version links to the others ("Read in …", hreflang)'),
    tags: z.array(tagSchema).max(20).default([]),
    authors: z.array(authorSchema).max(10).default([]),
    published: isoDateTime,
    updated: isoDateTime.optional(),
    image: imageSchema.optional(),
    leadVideo: videoSchema.optional().describe('A video in place of the lead image; its poster serves link previews'),
    body: z.array(blockSchema).min(1, 'a story needs at least one body block').max(20_000),
    related: z.array(slugSchema).max(20).default([]),
    comments: z.union([z.int().nonnegative(), z.array(commentSchema).max(1_000)]).default(0),
    corrections: z
      .array(correctionSchema)
      .max(50)
      .default([])
      .describe('Corrections to the story, each with the time it was made; shown at its end'),
    rating: ratingSchema.optional().describe("A review's star rating"),
    live: liveSchema.optional(),
  })
  .refine((story) => !story.updated || !(Date.parse(story.updated) < Date.parse(story.published)), {
    path: ['updated'],
    message: 'the update time is before the publication time',
    // Checked even when other fields have problems, so a publisher sees every problem in one run.
    when: ({ value }) => {
      const { published, updated } = (value ?? {}) as Record<string, unknown>;
      return typeof published === 'string' && typeof updated === 'string';
    },
  })
  .superRefine((story, ctx) => {
    if (story.image && story.leadVideo) {
      ctx.addIssue({
        code: 'custom',
        path: ['leadVideo'],
        message: "a story leads with an image or a video, not both: the video's poster serves link previews",
      });
    }
    story.corrections.forEach((correction, i) => {
      // Only dates that are dates: a malformed one has its own message already.
      const dated = ISO_SHAPE.test(correction.date) && ISO_SHAPE.test(story.published);
      if (dated && Date.parse(correction.date) < Date.parse(story.published))
        ctx.addIssue({
          code: 'custom',
          path: ['corrections', i, 'date'],
          message: 'the correction is dated before the story was published',
        });
    });
  });

export type Story = z.infer<typeof storySchema>;
export type StoryInput = z.input<typeof storySchema>;
export type Block = z.infer<typeof blockSchema>;
export type RichText = z.infer<typeof richTextSchema>;
export type Image = z.infer<typeof imageSchema>;
export type Author = z.infer<typeof authorSchema>;
export type RelatedLink = z.infer<typeof relatedLinkSchema>;
export type TableBlock = z.infer<typeof tableBlockSchema>;
export type AsideBlock = z.infer<typeof asideBlockSchema>;
export type Correction = z.infer<typeof correctionSchema>;
export type Rating = z.infer<typeof ratingSchema>;
export type LiveUpdate = z.infer<typeof liveUpdateSchema>;
export type Live = z.infer<typeof liveSchema>;
export type Video = z.infer<typeof videoSchema>;
export type VideoBlock = z.infer<typeof videoBlockSchema>;
export type AudioBlock = z.infer<typeof audioBlockSchema>;
export type EmbedBlock = z.infer<typeof embedBlockSchema>;
export type GalleryBlock = z.infer<typeof galleryBlockSchema>;
export type Renditions = NonNullable<Image['renditions']>;
