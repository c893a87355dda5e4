/**
 * Navigation for every screen: `navigate` pushes history, and links are real anchors (middle-click and
 * "open in new tab" keep working). Which screen a path shows is the shell's business (app/router.tsx).
 */
import type { AnchorHTMLAttributes, MouseEvent } from 'react';

const CHANGE = 'speedwork:navigate';

/** Calls the listener after every navigation, in-app or by the browser's back and forward. */
export function subscribeToNavigation(listener: () => void): () => void {
  window.addEventListener('popstate', listener);
  window.addEventListener(CHANGE, listener);
  return () => {
    window.removeEventListener('popstate', listener);
    window.removeEventListener(CHANGE, listener);
  };
}

/** The path and query shown now. */
export const currentHref = (): string => window.location.pathname + window.location.search;

/** Goes to an app path without reloading. */
export function navigate(href: string, options: { replace?: boolean } = {}): void {
  if (href === currentHref()) return;
  if (options.replace) window.history.replaceState(null, '', href);
  else window.history.pushState(null, '', href);
  window.dispatchEvent(new Event(CHANGE));
  if (!options.replace) window.scrollTo(0, 0);
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
