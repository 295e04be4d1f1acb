import { createContext } from 'react';

/**
 * The days a story's embeds are dated, worded by the build (PublishedStory.embedDays), for its
 * embeds to show: the page makes no date formatter of its own (src/i18n/digits.ts says why).
 */
export const EmbedDaysContext = createContext<Readonly<Record<string, string>>>({});
