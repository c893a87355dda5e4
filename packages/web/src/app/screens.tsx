/**
 * Screens load on demand, one chunk per route, without React's Suspense: a Suspense boundary holds
 * revealed content back for up to 300 ms to avoid flicker, which would cost the plan page a third of
 * its first-second budget. The current route's chunk is also requested at boot, beside the first API
 * reads, so code and data arrive together.
 */
import { useEffect, useReducer } from 'react';
import type { ComponentType } from 'react';
import { ErrorNote, Loading } from '../ui/status-notes.js';
import type { Route } from './router.js';

type Loader<P> = () => Promise<{ default: ComponentType<P> }>;

const loaded = new Map<unknown, ComponentType<never>>();
const pending = new Map<unknown, Promise<void>>();
const failed = new Set<unknown>();

function loadScreen(loader: () => Promise<{ default: unknown }>): Promise<void> {
  let promise = pending.get(loader);
  if (!promise) {
    promise = loader().then(
      (module) => {
        failed.delete(loader);
        loaded.set(loader, module.default as ComponentType<never>);
      },
      () => {
        // A chunk that did not come (no signal and not cached yet, or a newer release replaced it).
        pending.delete(loader);
        failed.add(loader);
      },
    );
    pending.set(loader, promise);
  }
  return promise;
}

export const SCREENS = {
  auth: () => import('../auth/AuthPage.js'),
  welcome: () => import('../welcome/WelcomePage.js'),
  onboarding: () => import('../onboarding/OnboardingPage.js'),
  today: () => import('../plan/TodayPage.js'),
  plan: () => import('../plan/PlanPage.js'),
  session: () => import('../session/SessionPage.js'),
  guided: () => import('../guided/GuidedPage.js'),
  library: () => import('../library/LibraryPage.js'),
  progress: () => import('../progress/ProgressPage.js'),
  settings: () => import('../settings/SettingsPage.js'),
} as const;

/** The chunk a route shows, to request it before the app knows who is signed in. */
export function preloadScreen(route: Route): void {
  switch (route.name) {
    case 'signin':
    case 'signup':
      void loadScreen(SCREENS.auth);
      return;
    case 'welcome':
      void loadScreen(SCREENS.welcome);
      return;
    case 'not-found':
      return;
    case 'today':
    case 'plan':
    case 'session':
    case 'guided':
    case 'library':
    case 'progress':
    case 'settings':
    case 'onboarding':
      void loadScreen(SCREENS[route.name]);
  }
}

/** Renders the screen once its chunk is here; until then, a loading line. */
export function Screen<P extends object>(props: { loader: Loader<P>; props: P }) {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const Component = loaded.get(props.loader) as ComponentType<P> | undefined;
  useEffect(() => {
    if (Component) return;
    let live = true;
    void loadScreen(props.loader).then(() => {
      if (live) rerender();
    });
    return () => {
      live = false;
    };
  }, [Component, props.loader]);
  if (Component) return <Component {...props.props} />;
  if (failed.has(props.loader))
    return (
      <ErrorNote
        error={undefined}
        onRetry={() => {
          window.location.reload();
        }}
      >
        This screen could not load: no connection, or speedwork was just updated. Reload to try again.
      </ErrorNote>
    );
  return <Loading what="the screen" />;
}
