import { useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, ScrollRestoration, useLocation, useNavigation } from 'react-router';
import { EditionContext, useMessages } from '../i18n/useMessages';
import { site } from '../site/config';
import { editionForPath } from '../site/editions';
import { PageNotices } from '../live/PageNotices';
import { listPath, savedPath } from '../site/paths';
import { ReaderSettings } from './ReaderSettings';
import { useRouteHead } from './useRouteHead';

/** After a client-side navigation, focus goes to the new page's h1 so screen readers hear it. */
function useFocusOnNavigation() {
  const { pathname } = useLocation();
  const shown = useRef(pathname);
  useEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    document.querySelector<HTMLElement>('main h1')?.focus({ preventScroll: true });
  }, [pathname]);
}

/** Every page's frame, in its edition's language: the basename is stripped from the location already. */
export function Layout() {
  const edition = editionForPath(useLocation().pathname);
  return (
    <EditionContext value={edition}>
      <Frame />
    </EditionContext>
  );
}

function Frame() {
  const navigation = useNavigation();
  const { t } = useMessages();
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
          <Link to={listPath(null)} className="masthead__name">
            {site.name}
          </Link>
          <ReaderSettings />
          <nav aria-label={t('nav.sections')} className="sections-nav">
            <ul>
              {site.sections.map((section) => (
                <li key={section.slug}>
                  <NavLink to={listPath(section.slug)}>{section.name}</NavLink>
                </li>
              ))}
              <li className="masthead__saved">
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
          {t('footer.sample', { site: site.name })} <Link to={listPath(null)}>{t('footer.front')}</Link>
        </p>
      </footer>
      <ScrollRestoration />
    </>
  );
}
