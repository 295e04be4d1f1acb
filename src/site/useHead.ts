import { useEffect } from 'react';
import { headTags, type PageHead } from './head';
import { absoluteUrl } from './paths';

/**
 * Keeps <head> in step with the page after client-side navigation. The pre-renderer writes the
 * same tags (marked data-head) into the HTML, so this only replaces what is there, and leaves a
 * pre-rendered head alone when the page hydrates: same title and canonical URL, same page.
 */
export function useHead(head: PageHead): void {
  const key = JSON.stringify(head);
  useEffect(() => {
    const canonical = head.path === null ? null : absoluteUrl(head.path);
    const shown = document.head.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
    if (document.title === head.title && shown === canonical) return;
    document.title = head.title;
    for (const old of document.head.querySelectorAll('[data-head]')) old.remove();
    for (const { tag, attrs, text } of headTags(head)) {
      const element = document.createElement(tag);
      for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
      element.setAttribute('data-head', '');
      if (text !== undefined) element.textContent = text;
      document.head.append(element);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` is `head`, compared by value
  }, [key]);
}
