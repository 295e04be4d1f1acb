import { LoadError } from '../data/loadErrors';

/**
 * The page number in a `/page/N/` URL. Page 1 has no such URL (it is the list's own address), so
 * `/page/1/`, `/page/0/` and `/page/x/` are not pages at all.
 */
export function pageNumber(param: string | undefined): number {
  if (param === undefined) return 1;
  if (!/^[1-9]\d*$/.test(param) || param === '1') throw new LoadError('not-found', 'No such page.', param);
  return Number(param);
}
