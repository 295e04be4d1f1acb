import type { z } from 'zod';
import type { DocumentKind, Documents } from './loadDocument';
import { listPageSchema, storyPageSchema } from './schema';

/** The schema each kind of fetched document is checked against. */
export const documentSchemas: { [K in DocumentKind]: z.ZodType<Documents[K]> } = {
  story: storyPageSchema,
  list: listPageSchema,
};
