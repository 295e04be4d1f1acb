import { z } from 'zod';
import { imageSchema, isoDateTime, slugSchema } from './schema';

/** A story the reader saved for later (src/offline/savedStories.ts), as kept in localStorage. */
export const savedStorySchema = z.strictObject({
  story: z.strictObject({
    slug: slugSchema,
    kicker: z.string().optional(),
    breaking: z.boolean(),
    headline: z.string(),
    standfirst: z.string().optional(),
    section: slugSchema,
    published: isoDateTime,
    publishedDay: z.string(),
    image: imageSchema.omit({ caption: true, credit: true }).optional(),
  }),
  /** The image files kept with it, to let go of when it is removed. */
  images: z.array(z.string()),
});

export type SavedStory = z.infer<typeof savedStorySchema>;
