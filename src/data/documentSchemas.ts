import { z } from 'zod';
import type { DocumentKind, Documents } from './loadDocument';
import { listPageSchema, storyPageSchema } from './schema';
import { savedStorySchema } from './savedStorySchema';

/** The schema each kind of document is checked against. */
export const documentSchemas: { [K in DocumentKind]: z.ZodType<Documents[K]> } = {
  story: storyPageSchema,
  list: listPageSchema,
  'saved-stories': z.array(savedStorySchema),
};
