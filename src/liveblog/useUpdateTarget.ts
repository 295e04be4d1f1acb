import { useEffect } from 'react';
import { storyPath } from '../site/paths';
import { pageHref } from './livePaths';

const LINKED_CLASS = 'is-linked';
const PREFIX = '#update-';

/**
 * Highlights the update the address points at (`#update-<id>`) and brings it into view, on load
 * and when the fragment changes. A permalink to an update that has moved to an older page finds
 * that page in `pageOf` (the story document's map of id to page) and loads it, at the same
 * update: old links keep working.
 */
export function useUpdateTarget(slug: string, pageOf: Record<string, number>): void {
  useEffect(() => {
    let linked: Element | null = null;
    const show = () => {
      linked?.classList.remove(LINKED_CLASS);
      linked = null;
      const { hash } = window.location;
      if (!hash.startsWith(PREFIX)) return;
      let id: string;
      try {
        id = decodeURIComponent(hash.slice(PREFIX.length));
      } catch {
        return;
      }
      const target = document.getElementById(`update-${id}`);
      if (!target) {
        const page = pageOf[id];
        if (page !== undefined) window.location.replace(`${pageHref(storyPath(slug, page))}${hash}`);
        return;
      }
      target.classList.add(LINKED_CLASS);
      linked = target;
      const { top } = target.getBoundingClientRect();
      if (top < 0 || top > window.innerHeight / 2) target.scrollIntoView({ block: 'start' });
    };
    show();
    window.addEventListener('hashchange', show);
    return () => {
      window.removeEventListener('hashchange', show);
      linked?.classList.remove(LINKED_CLASS);
    };
  }, [slug, pageOf]);
}
