import type { DehydratedState } from '@tanstack/react-query';
import type { HydrationState } from 'react-router';

/** What a pre-rendered page embeds so the browser can hydrate it without fetching again. */
export interface PageData {
  query: DehydratedState;
  router: HydrationState;
}

/** The element the app renders into, and the script element that carries the page data. */
export const ROOT_ID = 'root';
export const PAGE_DATA_ID = 'page-data';

export function readPageData(doc: Document): PageData | null {
  const element = doc.getElementById(PAGE_DATA_ID);
  return element?.textContent ? (JSON.parse(element.textContent) as PageData) : null;
}
