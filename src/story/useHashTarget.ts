import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import './hashTarget.css';

/** The class that marks the paragraph or quote the address points at. */
const LINKED_CLASS = 'is-linked';

/** The element id a hash names; a browser without text fragments leaves `:~:text=…` in it. */
function hashTargetId(hash: string): string {
  const id = hash.replace(/^#/, '').split(':~:')[0]!;
  try {
    return decodeURIComponent(id);
  } catch {
    return id;
  }
}

/**
 * Highlights the part of the story the address points at (`#p-5`, `#quote-1`), and scrolls to it
 * when only the hash changed. The browser's :target follows only its own fragment navigations: when
 * React Router shows a story (or Back returns to one) its elements are new and nothing is :target.
 * Scrolling is otherwise left where it belongs: the browser places a freshly loaded page (a text
 * fragment included), and ScrollRestoration (in Layout) brings the element into view on a new
 * navigation and restores the reader's place on Back. But a jump within the page (a `#p-5` link,
 * an edited address) reaches the router as a Back/Forward-like POP that it answers by restoring the
 * page's old scroll position, usually the top; this puts the reader back at the element.
 */
export function useHashTarget(): void {
  // Every navigation is a new location, even to the same address: its elements are new too.
  const location = useLocation();
  const shown = useRef({ pathname: location.pathname, hash: location.hash });
  useEffect(() => {
    const { pathname, hash } = location;
    const jumpWithinPage = shown.current.pathname === pathname && shown.current.hash !== hash;
    shown.current = { pathname, hash };
    const id = hashTargetId(hash);
    const target = id ? document.getElementById(id) : null;
    if (!target?.closest('.story-body')) return;
    target.classList.add(LINKED_CLASS);
    if (jumpWithinPage) {
      const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      const fits = target.getBoundingClientRect().height < window.innerHeight * 0.8;
      target.scrollIntoView({ block: fits ? 'center' : 'start', behavior: still ? 'instant' : 'smooth' });
    }
    return () => target.classList.remove(LINKED_CLASS);
  }, [location]);
}
