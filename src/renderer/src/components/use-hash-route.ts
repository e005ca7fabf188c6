import { useEffect, useState } from 'react';
import { ROUTES, type Route } from './routes';

export { ROUTES, type Route };

function current(): Route {
  // "#/quotes/12" is the quotes page showing revision 12: the page is the first segment.
  const name = window.location.hash.replace(/^#\/?/, '').split('/')[0] ?? '';
  return (ROUTES as readonly string[]).includes(name) ? (name as Route) : 'overview';
}

/** The page shown, kept in the URL hash so a reload stays on the same page. */
export function useHashRoute(): [Route, (route: Route) => void] {
  const [route, setRoute] = useState<Route>(current);
  useEffect(() => {
    const onChange = () => setRoute(current());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return [route, (next) => (window.location.hash = `#/${next}`)];
}

/** The part of the hash after the page ("#/quotes/12" → "12"), kept in the URL so a reload stays there. */
export function useHashDetail(): [string, (detail: string) => void] {
  const read = () => window.location.hash.replace(/^#\/?/, '').split('/').slice(1).join('/');
  const [detail, setDetail] = useState<string>(read);
  useEffect(() => {
    const onChange = () => setDetail(read());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return [
    detail,
    (next) => {
      const page = window.location.hash.replace(/^#\/?/, '').split('/')[0] ?? '';
      window.location.hash = next === '' ? `#/${page}` : `#/${page}/${next}`;
    },
  ];
}
