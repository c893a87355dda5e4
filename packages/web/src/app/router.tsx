/**
 * A few routes need no router library: the path is the state, and the screen follows it. Moving between
 * paths (`navigate`, `Link`) is in the kit, ui/link.tsx, so screens need not import the shell.
 */
import { useMemo, useSyncExternalStore } from 'react';
import { currentHref, subscribeToNavigation } from '../ui/link.js';

export type Route =
  | { name: 'signin' }
  | { name: 'signup' }
  | { name: 'welcome' }
  | { name: 'onboarding' }
  | { name: 'today' }
  | { name: 'plan'; week: number | undefined; history: boolean }
  | { name: 'session'; id: string }
  | { name: 'guided'; id: string }
  | { name: 'library' }
  | { name: 'progress' }
  | { name: 'settings' }
  | { name: 'not-found'; path: string };

/** The route for a URL path and query. */
export function parseRoute(pathname: string, search: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  const session = /^\/sessions\/([^/]+)$/.exec(path);
  if (session?.[1]) return { name: 'session', id: decodeURIComponent(session[1]) };
  const guided = /^\/sessions\/([^/]+)\/guided$/.exec(path);
  if (guided?.[1]) return { name: 'guided', id: decodeURIComponent(guided[1]) };
  switch (path) {
    case '/':
    case '/today':
      return { name: 'today' };
    case '/signin':
      return { name: 'signin' };
    case '/signup':
      return { name: 'signup' };
    case '/welcome':
      return { name: 'welcome' };
    case '/onboarding':
      return { name: 'onboarding' };
    case '/plan': {
      const query = new URLSearchParams(search);
      const week = Number(query.get('week'));
      return {
        name: 'plan',
        week: Number.isInteger(week) && week > 0 ? week : undefined,
        history: query.get('history') === '1',
      };
    }
    case '/library':
      return { name: 'library' };
    case '/progress':
      return { name: 'progress' };
    case '/settings':
      return { name: 'settings' };
    default:
      return { name: 'not-found', path };
  }
}

/** The current route; re-renders on every navigation. */
export function useRoute(): Route {
  const href = useSyncExternalStore(subscribeToNavigation, currentHref);
  return useMemo(() => {
    const url = new URL(href, 'http://app.invalid');
    return parseRoute(url.pathname, url.search);
  }, [href]);
}
