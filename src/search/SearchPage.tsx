import { type KeyboardEvent, useCallback, useEffect, useId, useRef, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { isSlug } from '../data/safeValues';
import { useHydrated } from '../lib/useHydrated';
import { StoryLink } from '../lists/StoryLink';
import { useEdition, useMessages } from '../i18n/useMessages';
import { archivePath, listPath } from '../site/paths';
import { Excerpt } from './excerpt';
import { loadSearch, type ResultData } from './pagefindClient';
import { SEARCH_DEBOUNCE_MS } from './searchPaths';

/** Results follow typing once the reader pauses this long: a search per word, not per key. */
const SHOWN = 20;
const FILTERS = ['section', 'edition', 'year'] as const;
type Filter = (typeof FILTERS)[number];

type State = { status: 'idle' } | { status: 'failed' } | { status: 'done'; count: number; results: ResultData[] };

/** The story a result is: results are the build's own story pages, anything else is dropped. */
const resultSlug = (url: string): string | null => {
  const slug = /^\/stories\/([^/]+)\/$/.exec(url)?.[1];
  return slug !== undefined && isSlug(slug) ? slug : null;
};

/** With JavaScript off (and until the page runs): where else to look. */
function SearchNeedsScript() {
  const { t } = useMessages();
  const edition = useEdition();
  return (
    <>
      <p>{t('search.needsScript')}</p>
      <ul className="search-browse">
        {edition.sections.map((section) => (
          <li key={section.slug}>
            <Link to={listPath(section.slug, 1, edition.key)}>{section.name}</Link>
          </li>
        ))}
        <li>
          <Link to={archivePath(edition.key)}>{t('search.browseArchive')}</Link>
        </li>
      </ul>
    </>
  );
}

/** Moves focus between the search box and the results with the arrow keys. */
function onArrows(event: KeyboardEvent<HTMLElement>) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const stops = [...event.currentTarget.querySelectorAll<HTMLElement>('input[type="search"], .search-result a')];
  const at = stops.indexOf(document.activeElement as HTMLElement);
  if (at === -1) return;
  const next = stops[at + (event.key === 'ArrowDown' ? 1 : -1)];
  if (!next) return;
  event.preventDefault();
  next.focus();
}

export function SearchPage() {
  const { t } = useMessages();
  const edition = useEdition();
  const hydrated = useHydrated();
  // The address holds the search (?q=…&section=…), so it can be linked and shared.
  const { search } = useLocation();
  const navigate = useNavigate();
  const params = new URLSearchParams(search);
  const setParams = useCallback(
    (next: URLSearchParams) =>
      navigate({ search: next.size > 0 ? `?${next}` : '' }, { replace: true, preventScrollReset: true }),
    [navigate],
  );
  const [typed, setTyped] = useState(params.get('q') ?? '');
  const [state, setState] = useState<State>({ status: 'idle' });
  const [options, setOptions] = useState<Partial<Record<Filter, string[]>>>({});
  const inputId = useId();
  const query = params.get('q') ?? '';
  const chosen = Object.fromEntries(FILTERS.flatMap((name) => (params.get(name) ? [[name, params.get(name)!]] : [])));
  const chosenKey = JSON.stringify(chosen);
  const latest = useRef(0);

  // Each keystroke fetches the index chunks its word needs, so the search that follows the pause finds them here.
  useEffect(() => {
    if (!hydrated || typed.trim() === '') return;
    loadSearch(edition.language)
      .then((pagefind) => pagefind?.preload(typed))
      // A search that cannot load says so when the search itself runs (below).
      .catch(() => {});
  }, [hydrated, typed, edition.language]);

  // The address follows the box once typing pauses.
  useEffect(() => {
    if (typed === query) return;
    const timer = setTimeout(() => {
      const next = new URLSearchParams(search);
      if (typed.trim() === '') next.delete('q');
      else next.set('q', typed);
      void setParams(next);
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [typed, query, search, setParams]);

  // The filters' values, once: what the indexes hold.
  useEffect(() => {
    if (!hydrated) return;
    loadSearch(edition.language)
      .then(async (pagefind) => {
        const available = pagefind ? await pagefind.filters() : {};
        setOptions(Object.fromEntries(FILTERS.map((name) => [name, Object.keys(available[name] ?? {}).sort()])));
      })
      .catch(() => setState({ status: 'failed' }));
  }, [hydrated, edition.language]);

  useEffect(() => {
    if (!hydrated) return;
    const run = ++latest.current;
    const filters = JSON.parse(chosenKey) as Record<string, string>;
    void (async () => {
      try {
        const pagefind = await loadSearch(edition.language);
        if (query.trim() === '' || !pagefind) {
          if (run === latest.current) setState({ status: 'idle' });
          return;
        }
        const found = await pagefind.search(query, { filters });
        if (!found || run !== latest.current) return;
        const results = await Promise.all(found.results.slice(0, SHOWN).map((result) => result.data()));
        if (run === latest.current) setState({ status: 'done', count: found.results.length, results });
      } catch {
        if (run === latest.current) setState({ status: 'failed' });
      }
    })();
  }, [hydrated, query, chosenKey, edition.language]);

  const choose = (name: Filter, value: string) => {
    const next = new URLSearchParams(params);
    if (value === '') next.delete(name);
    else next.set(name, value);
    void setParams(next);
  };

  return (
    <div className="list-page search-page">
      <h1 className="list-page__title" tabIndex={-1}>
        {t('search.title')}
      </h1>
      {hydrated ? (
        // biome-ignore lint/a11y/noStaticElementInteractions: arrow keys move between the box and the results inside it
        <div onKeyDown={onArrows}>
          <search>
            <form className="search-form" onSubmit={(event) => event.preventDefault()}>
              <div className="search-form__query">
                <label htmlFor={inputId}>{t('search.label')}</label>
                <input
                  id={inputId}
                  type="search"
                  name="q"
                  value={typed}
                  autoComplete="off"
                  onChange={(event) => setTyped(event.target.value)}
                />
              </div>
              {FILTERS.map((name) => {
                const values = options[name] ?? [];
                // A filter with one value would filter nothing.
                if (values.length < 2) return null;
                return (
                  <div key={name}>
                    <label htmlFor={`${inputId}-${name}`}>{t(`search.${name}`)}</label>
                    <select
                      id={`${inputId}-${name}`}
                      value={chosen[name] ?? ''}
                      onChange={(event) => choose(name, event.target.value)}
                    >
                      <option value="">{t('search.any')}</option>
                      {values.map((value) => (
                        <option key={value} value={value}>
                          {value}
                        </option>
                      ))}
                    </select>
                  </div>
                );
              })}
            </form>
          </search>
          <p role="status" className="search-status">
            {state.status === 'done' && t('search.results', { count: state.count })}
            {state.status === 'failed' && t('search.failed')}
          </p>
          {state.status === 'done' && state.results.length > 0 && (
            <ol className="search-results">
              {state.results.map((result) => {
                const slug = resultSlug(result.url);
                if (!slug) return null;
                return (
                  <li key={slug} className="search-result">
                    {result.meta.kicker && <p className="kicker">{result.meta.kicker}</p>}
                    <h2 className="search-result__headline">
                      <StoryLink slug={slug}>{result.meta.title ?? slug}</StoryLink>
                    </h2>
                    <p className="search-result__excerpt">
                      <Excerpt html={result.excerpt} />
                    </p>
                    <p className="card__meta">
                      <time dateTime={result.meta.published}>{result.meta.date}</time>{' '}
                      <span className="card__section">{result.filters.section?.[0]}</span>
                    </p>
                  </li>
                );
              })}
            </ol>
          )}
        </div>
      ) : (
        <SearchNeedsScript />
      )}
    </div>
  );
}
