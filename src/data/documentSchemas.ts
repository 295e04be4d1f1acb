import { z } from 'zod';
import { DOCUMENT_FORMAT } from './documents';
import type { DocumentKind, Documents } from './loadDocument';
import { savedStorySchema } from './savedStorySchema';

// Documents the build wrote are trusted once their format matches (src/data/documents.ts).
const documentOfThisFormat = z.looseObject({ format: z.literal(DOCUMENT_FORMAT) });

/** The schema each kind of document is checked against. */
export const documentSchemas: { [K in DocumentKind]: z.ZodType<Documents[K]> } = {
  story: documentOfThisFormat as unknown as z.ZodType<Documents['story']>,
  list: documentOfThisFormat as unknown as z.ZodType<Documents['list']>,
  'saved-stories': z.array(savedStorySchema),
};
