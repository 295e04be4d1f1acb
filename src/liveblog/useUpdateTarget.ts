import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { storyPath } from '../site/paths';

const LINKED_CLASS = 'is-linked';
const PREFIX = '#update-';

/**
 * Highlights the update the address points at (`#update-<id>`) and brings it into view. A
 * permalink to an update that has moved to an older page finds that page in `pageOf` (the story
 * document's map of id to page) and goes there, to the same update: old links keep working.
 */
export function useUpdateTarget(slug: string, pageOf: Record<string, number>): void {
  // Every navigation is a new location, even to the same address: its elements are new too.
  const location = useLocation();
  const navigate = useNavigate();
  useEffect(() => {
    const { hash } = location;
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
      if (page !== undefined) void navigate(`${storyPath(slug, page)}${hash}`, { replace: true });
      return;
    }
    target.classList.add(LINKED_CLASS);
    const { top } = target.getBoundingClientRect();
    if (top < 0 || top > window.innerHeight / 2) target.scrollIntoView({ block: 'start' });
    return () => target.classList.remove(LINKED_CLASS);
  }, [location, slug, pageOf, navigate]);
}
