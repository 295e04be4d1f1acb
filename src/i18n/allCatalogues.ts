import { DOCUMENT_FORMAT, type MessagesDocument } from '../data/documents';
import type { CatalogueName } from './catalogues';
import { type Catalogue, createTranslator, type Translator } from './messages';
import { ar } from './messages/ar';
import { en } from './messages/en';
import { es } from './messages/es';
import { ja } from './messages/ja';
import { registerCatalogue } from './useMessages';

/**
 * Every catalogue, for the code that renders or writes them all: the pre-renderer, the build and
 * the tests. Never imported by the browser's code, whose pages carry or fetch their own.
 */
export const catalogues: Record<CatalogueName, Catalogue> = { en, ar, es, ja };

export const messagesDocument = (name: CatalogueName): MessagesDocument => ({
  format: DOCUMENT_FORMAT,
  name,
  messages: catalogues[name],
});

for (const [name, catalogue] of Object.entries(catalogues)) registerCatalogue(name, catalogue);

/** English wording for code outside a page: tests. */
export const englishTranslator: Translator = createTranslator('en', en);
