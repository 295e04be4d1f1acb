import { z } from 'zod';
import { storySummarySchema } from './schema';

/** A story the reader saved for later (src/offline/savedStories.ts), as kept in localStorage. */
export const savedStorySchema = z.object({
  story: storySummarySchema,
  /** The image files kept with it, to let go of when it is removed. */
  images: z.array(z.string()),
});

export type SavedStory = z.infer<typeof savedStorySchema>;
