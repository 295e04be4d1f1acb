import { plainPage } from '../app/routeHead';
import { translatorFor } from '../i18n/useMessages';
import type { Edition } from '../site/config';
import { messageHead } from '../site/head';
import { SearchPage } from './SearchPage';

/** The search page's route: no document of its own, a title, and the page (src/app/lazyPages.ts). */
export const searchRoute = (edition: Edition) => ({
  handle: plainPage(() => messageHead(translatorFor(edition).t('search.title'), edition)),
  Component: SearchPage,
});
