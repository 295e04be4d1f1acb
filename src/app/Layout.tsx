import { useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, ScrollRestoration, useLocation, useNavigation } from 'react-router';
import { site } from '../site/config';
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

export function Layout() {
  const navigation = useNavigation();
  useFocusOnNavigation();
  useRouteHead();
  const loading = navigation.state === 'loading';
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <div className={loading ? 'progress progress--active' : 'progress'} aria-hidden="true" />
      <header className="masthead">
        <div className="masthead__inner">
          <Link to="/" className="masthead__name">
            {site.name}
          </Link>
          <ReaderSettings />
          <nav aria-label="Sections" className="sections-nav">
            <ul>
              {site.sections.map((section) => (
                <li key={section.slug}>
                  <NavLink to={listPath(section.slug)}>{section.name}</NavLink>
                </li>
              ))}
              <li className="masthead__saved">
                <NavLink to={savedPath}>Saved</NavLink>
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
          {site.name} is sample content for an open-source news reader. <Link to="/">Front page</Link>
        </p>
      </footer>
      <ScrollRestoration />
    </>
  );
}
