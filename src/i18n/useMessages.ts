import type { QueryClient } from '@tanstack/react-query';
import { createContext, use } from 'react';
import type { MessagesDocument } from '../data/documents';
import { messagesQuery } from '../data/queries';
import { type Edition, mainEdition } from '../site/config';
import { type Catalogue, createTranslator, type Translator } from './messages';

/**
 * The interface language of the page being shown: its edition's catalogue. No catalogue is in the
 * bundle: each is a document (`data/messages/<name>.json`, queries.ts), which a pre-rendered page
 * names in its page data and fetches to hydrate beside its own document, and the first page of
 * another edition fetches in its loader, before it renders. Components read the catalogue
 * synchronously from here.
 */
const catalogues = new Map<string, Catalogue>();
const translators = new Map<string, Translator>();

export function registerCatalogue(name: string, catalogue: Catalogue): void {
  catalogues.set(name, catalogue);
}

/** The catalogues a query cache holds (the page data's, after hydrating it), ready for rendering. */
export function registerCachedCatalogues(queryClient: QueryClient): void {
  for (const [key, document] of queryClient.getQueriesData<MessagesDocument>({ queryKey: ['messages'] })) {
    if (document) registerCatalogue(String(key[1]), document.messages);
  }
}

/** Makes sure an edition's catalogue is here before one of its pages renders. */
export async function ensureCatalogue(queryClient: QueryClient, edition: Edition): Promise<void> {
  if (catalogues.has(edition.messages)) return;
  const document = await queryClient.ensureQueryData(messagesQuery(edition.messages));
  registerCatalogue(edition.messages, document.messages);
}

export function translatorFor(edition: Edition): Translator {
  const catalogue = catalogues.get(edition.messages);
  // Not loaded: a bug in the code that renders without ensureCatalogue() first.
  if (!catalogue) throw new Error(edition.messages);
  const id = `${edition.key}:${edition.messages}`;
  let translator = translators.get(id);
  if (!translator) {
    translator = createTranslator(edition.locale, catalogue, edition.numerals, edition.digits);
    translators.set(id, translator);
  }
  return translator;
}

/** The edition of the page being shown (src/app/Layout.tsx provides it); the main edition outside one. */
export const EditionContext = createContext<Edition>(mainEdition);

export const useEdition = (): Edition => use(EditionContext);

/** The page's translator: `const { t } = useMessages(); t('share.heading')`. */
export const useMessages = (): Translator => translatorFor(useEdition());
