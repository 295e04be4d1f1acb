import type { DehydratedState } from '@tanstack/react-query';
import type { HydrationState } from 'react-router';

/** What a pre-rendered page embeds so the browser can hydrate it without fetching again. */
export interface PageData {
  query: DehydratedState;
  router: HydrationState;
}

export const PAGE_DATA_ID = 'page-data';

/**
 * The page data as a non-executable JSON script. `<` is escaped so no string in a story can
 * close the script element, and U+2028/2029 so the text is also safe as a JavaScript literal.
 */
export function serializePageData(data: PageData): string {
  const json = JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `<script id="${PAGE_DATA_ID}" type="application/json">${json}</script>`;
}

export function readPageData(doc: Document): PageData | null {
  const element = doc.getElementById(PAGE_DATA_ID);
  return element?.textContent ? (JSON.parse(element.textContent) as PageData) : null;
}
