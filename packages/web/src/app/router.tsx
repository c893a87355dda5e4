/**
 * A few routes need no router library: the path is the state, `navigate` pushes history, and links are
 * real anchors (middle-click and "open in new tab" keep working).
 */
import { useMemo, useSyncExternalStore } from 'react';
import type { AnchorHTMLAttributes, MouseEvent } from 'react';

export type Route =
  | { name: 'signin' }
  | { name: 'signup' }
  | { name: 'onboarding' }
  | { name: 'today' }
  | { name: 'plan'; week: number | undefined; history: boolean }
  | { name: 'session'; id: string }
  | { name: 'library' }
  | { name: 'progress' }
  | { name: 'settings' }
  | { name: 'not-found'; path: string };

/** The route for a URL path and query. */
export function parseRoute(pathname: string, search: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  const session = /^\/sessions\/([^/]+)$/.exec(path);
  if (session?.[1]) return { name: 'session', id: decodeURIComponent(session[1]) };
  switch (path) {
    case '/':
    case '/today':
      return { name: 'today' };
    case '/signin':
      return { name: 'signin' };
    case '/signup':
      return { name: 'signup' };
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

const CHANGE = 'speedwork:navigate';

function subscribe(listener: () => void): () => void {
  window.addEventListener('popstate', listener);
  window.addEventListener(CHANGE, listener);
  return () => {
    window.removeEventListener('popstate', listener);
    window.removeEventListener(CHANGE, listener);
  };
}

const currentHref = (): string => window.location.pathname + window.location.search;

/** Goes to an app path without reloading. */
export function navigate(href: string, options: { replace?: boolean } = {}): void {
  if (href === currentHref()) return;
  if (options.replace) window.history.replaceState(null, '', href);
  else window.history.pushState(null, '', href);
  window.dispatchEvent(new Event(CHANGE));
  if (!options.replace) window.scrollTo(0, 0);
}

/** The current route; re-renders on every navigation. */
export function useRoute(): Route {
  const href = useSyncExternalStore(subscribe, currentHref);
  return useMemo(() => {
    const url = new URL(href, 'http://app.invalid');
    return parseRoute(url.pathname, url.search);
  }, [href]);
}

/** An in-app link: a real anchor that navigates without a reload on a plain click. */
export function Link(props: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string; replace?: boolean }) {
  const { replace, onClick, ...rest } = props;
  const handle = (event: MouseEvent<HTMLAnchorElement>): void => {
    onClick?.(event);
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    event.preventDefault();
    navigate(props.href, replace ? { replace } : {});
  };
  return <a {...rest} onClick={handle} />;
}
