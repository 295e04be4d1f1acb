import { z } from 'zod';
import { slugSchema, storySummarySchema } from './schema';

/**
 * The schemas of what the site keeps in the reader's localStorage (src/lib/storedList.ts), in a
 * module of their own: the page loads it, and zod with it, only once there is something stored.
 */

/** A story the reader saved for later (src/offline/savedStories.ts). */
export const savedStorySchema = z.object({
  story: storySummarySchema,
  /** The image files kept with it, to let go of when it is removed. */
  images: z.array(z.string()),
});

export type SavedStory = z.infer<typeof savedStorySchema>;

/** A breaking story the reader dismissed (src/live/BreakingBanner.tsx). */
export const dismissedSlugSchema = slugSchema;
