import { useEffect, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link, NavLink, Outlet, ScrollRestoration, useLocation, useMatches, useNavigation } from 'react-router';
import { EditionContext, useEdition, useMessages } from '../i18n/useMessages';
import { site } from '../site/config';
import { pageEdition } from '../site/editions';
import type { PageHandle } from './routeHead';
import { PageNotices } from '../live/PageNotices';
import { archivePath, listPath, savedPath, searchPath } from '../site/paths';
import { ReaderSettings } from './ReaderSettings';
import { useRouteHead } from './useRouteHead';

/** After a client-side navigation, focus goes to the new page's h1 so screen readers hear it. */
function useFocusOnNavigation() {
  const { pathname } = useLocation();
  const shown = useRef(pathname);
  useEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    // In the frame that paints the new page, which lays it out once for both; focusing it now
    // would lay it out in a task of its own and hold that frame back.
    const frame = requestAnimationFrame(() =>
      document.querySelector<HTMLElement>('main h1')?.focus({ preventScroll: true }),
    );
    return () => cancelAnimationFrame(frame);
  }, [pathname]);
}

/** Every page's frame, in its edition's language: the basename is stripped from the location already. */
export function Layout() {
  const { pathname } = useLocation();
  const match = useMatches().at(-1);
  const queryClient = useQueryClient();
  // The loader has put the page's document in the cache before the page renders.
  const handle = match?.handle as PageHandle | undefined;
  let document: unknown = null;
  try {
    document = handle?.query && match ? queryClient.getQueryData(handle.query(match.params).queryKey) : null;
  } catch {
    // An address that names nothing: the not-found page, in the edition its address is under.
  }
  const edition = pageEdition(document, pathname);
  return (
    <EditionContext value={edition}>
      <Frame />
    </EditionContext>
  );
}

function Frame() {
  const navigation = useNavigation();
  const { t } = useMessages();
  const edition = useEdition();
  useFocusOnNavigation();
  useRouteHead();
  const loading = navigation.state === 'loading';
  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <div className={loading ? 'progress progress--active' : 'progress'} aria-hidden="true" />
      <header className="masthead">
        <div className="masthead__inner">
          <Link to={listPath(null, 1, edition.key)} className="masthead__name">
            {edition.name}
          </Link>
          <ReaderSettings />
          <nav aria-label={t('nav.sections')} className="sections-nav">
            <ul>
              {edition.sections.map((section) => (
                <li key={section.slug}>
                  <NavLink to={listPath(section.slug, 1, edition.key)}>{section.name}</NavLink>
                </li>
              ))}
              {/* Search and Saved end the navigation, set apart from the sections (live.css). */}
              <li className="masthead__saved">
                <NavLink to={searchPath(edition.key)}>{t('nav.search')}</NavLink>
              </li>
              <li>
                <NavLink to={savedPath}>{t('nav.saved')}</NavLink>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <PageNotices />
      <main id="main" className="page" aria-busy={loading}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>
          {t('footer.sample', { site: edition.name })}{' '}
          <Link to={listPath(null, 1, edition.key)}>{t('footer.front')}</Link>
          <Link to={archivePath(edition.key)}>{t('archive.title')}</Link>
        </p>
        {site.editions.length > 1 && (
          <nav aria-label={t('nav.editions')} className="site-footer__editions">
            <ul>
              {site.editions.map((other) => (
                <li key={other.key}>
                  {/* Each edition named in its own language, and marked as such. */}
                  <Link to={listPath(null, 1, other.key)} lang={other.language}>
                    {other.languageName}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </footer>
      <ScrollRestoration />
    </>
  );
}
