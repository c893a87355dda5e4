/**
 * The app shell: who is signed in, whether they have onboarded, the header and the tab bar, and the lazy
 * screen for the current route. Everything but this shell loads on demand, per route.
 */
import { useEffect } from 'react';
import type { ReactNode } from 'react';
import { ApiError } from '../api/api-client.js';
import { fetchMe, fetchProfile, KEYS } from '../api/endpoints.js';
import { useCachedResource, useResource } from '../api/resources.js';
import type { PlanDocument, SessionDocument } from '@speedwork/server/api-types';
import { localToday } from '../units/pace-display.js';
import { Icon } from '../ui/icons.js';
import type { IconName } from '../ui/icons.js';
import { Link, navigate } from '../ui/link.js';
import { useRoute } from './router.js';
import type { Route } from './router.js';
import { Screen, SCREENS } from './screens.js';
import { ErrorNote, Loading } from '../ui/status-notes.js';
import { setTheme, useTheme } from '../ui/theme.js';
import { useOnline } from '../offline/use-online.js';
import { queuedLogs, useOutbox } from '../offline/log-outbox.js';

const TABS: { href: string; label: string; icon: IconName; routes: Route['name'][] }[] = [
  { href: '/today', label: 'Today', icon: 'today', routes: ['today'] },
  { href: '/plan', label: 'Plan', icon: 'plan', routes: ['plan'] },
  { href: '/progress', label: 'Progress', icon: 'progress', routes: ['progress'] },
  { href: '/library', label: 'Library', icon: 'library', routes: ['library'] },
  { href: '/settings', label: 'Settings', icon: 'settings', routes: ['settings'] },
];

function ThemeToggle() {
  const theme = useTheme();
  const next = theme === 'system' ? 'dark' : theme === 'dark' ? 'light' : 'system';
  const label = { system: 'Theme: as the phone', dark: 'Theme: dark', light: 'Theme: light' }[theme];
  return (
    <button
      type="button"
      className="icon-button"
      onClick={() => {
        setTheme(next);
      }}
      aria-label={`${label}. Switch to ${next === 'system' ? 'the phone setting' : next}`}
      title={label}
    >
      <Icon name={theme === 'system' ? 'auto' : theme === 'dark' ? 'moon' : 'sun'} />
    </button>
  );
}

/**
 * The tab a route belongs to. A session page belongs to Today when the session is today's and to the Plan
 * otherwise; `undefined` while its date is not known yet.
 */
export function currentTab(route: Route, sessionDate: string | undefined, today: string): string | undefined {
  if (route.name === 'session') {
    if (sessionDate === undefined) return undefined;
    return sessionDate === today ? '/today' : '/plan';
  }
  return TABS.find((tab) => tab.routes.includes(route.name))?.href;
}

/** The date of the session a route shows, from what the screens have already loaded. */
function useSessionDate(route: Route): string | undefined {
  const id = route.name === 'session' ? route.id : undefined;
  const session = useCachedResource(id === undefined ? undefined : KEYS.session(id)) as
    SessionDocument | undefined;
  const plan = useCachedResource(id === undefined ? undefined : KEYS.plan) as PlanDocument | null | undefined;
  return session?.date ?? plan?.sessions.find((s) => s.id === id)?.date;
}

/**
 * Sends the logs saved without a connection: at start, when the connection returns and when the app comes
 * back to the front. The sending code loads only when something waits.
 */
const RETRY_SEND_MS = 10_000;

function useSendQueuedLogs(signedIn: boolean): void {
  useEffect(() => {
    if (!signedIn) return;
    const sendWaiting = (): void => {
      if (!navigator.onLine || document.visibilityState === 'hidden') return;
      if (!queuedLogs().some((entry) => entry.state === 'waiting')) return;
      void import('../session/save-log.js').then((module) => module.sendQueuedLogs());
    };
    sendWaiting();
    window.addEventListener('online', sendWaiting);
    document.addEventListener('visibilitychange', sendWaiting);
    // And again every little while: the first try after a reconnect can still meet no route to the server.
    const retry = window.setInterval(sendWaiting, RETRY_SEND_MS);
    return () => {
      window.removeEventListener('online', sendWaiting);
      document.removeEventListener('visibilitychange', sendWaiting);
      window.clearInterval(retry);
    };
  }, [signedIn]);
}

function Shell(props: { route: Route; signedIn: boolean; children: ReactNode }) {
  const online = useOnline();
  useSendQueuedLogs(props.signedIn);
  const waiting = useOutbox().filter((entry) => entry.state === 'waiting').length;
  const activeTab = currentTab(props.route, useSessionDate(props.route), localToday());
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <Link href={props.signedIn ? '/today' : '/welcome'} className="brand">
          speedwork
        </Link>
        {online ? null : (
          <span className="offline-badge" role="status">
            <Icon name="offline" size={16} /> Offline
          </span>
        )}
        {waiting > 0 ? (
          <span className="offline-badge outbox-badge" role="status">
            {waiting} {waiting === 1 ? 'log' : 'logs'} to send
          </span>
        ) : null}
        <ThemeToggle />
      </header>
      {props.signedIn ? (
        <nav className="tabbar" aria-label="Main">
          {TABS.map((tab) => {
            const current = tab.href === activeTab;
            return (
              <Link
                key={tab.href}
                href={tab.href}
                className="tab"
                aria-current={current ? 'page' : undefined}
              >
                <Icon name={tab.icon} />
                <span>{tab.label}</span>
              </Link>
            );
          })}
        </nav>
      ) : null}
      <main id="main" className={props.signedIn ? 'main main-tabs' : 'main'}>
        {props.children}
      </main>
    </>
  );
}

function Redirect(props: { to: string }) {
  useEffect(() => {
    navigate(props.to, { replace: true });
  }, [props.to]);
  return null;
}

function screenFor(route: Route): ReactNode {
  switch (route.name) {
    case 'today':
      return <Screen loader={SCREENS.today} props={{}} />;
    case 'plan':
      return <Screen loader={SCREENS.plan} props={{ week: route.week, history: route.history }} />;
    case 'session':
      return <Screen loader={SCREENS.session} props={{ id: route.id }} />;
    case 'guided':
      return <Screen loader={SCREENS.guided} props={{ id: route.id }} />;
    case 'library':
      return <Screen loader={SCREENS.library} props={{}} />;
    case 'progress':
      return <Screen loader={SCREENS.progress} props={{}} />;
    case 'settings':
      return <Screen loader={SCREENS.settings} props={{}} />;
    case 'onboarding':
      return <Screen loader={SCREENS.onboarding} props={{}} />;
    case 'signin':
    case 'signup':
    case 'welcome':
      return <Redirect to="/today" />;
    case 'not-found':
      return (
        <section className="page">
          <h1>Nothing here</h1>
          <p>
            There is no page at <code>{route.path}</code>. <Link href="/today">Go to today</Link>.
          </p>
        </section>
      );
  }
}

export function App() {
  const route = useRoute();
  const me = useResource(KEYS.me, fetchMe);
  const signedOut = me.error instanceof ApiError && me.error.kind === 'unauthenticated' && !me.data;
  const profile = useResource(me.data ? KEYS.profile : undefined, fetchProfile);

  if (signedOut) {
    // A first visit (or any page while signed out) starts on what speedwork is, with a sample plan.
    if (route.name === 'welcome')
      return (
        <Shell route={route} signedIn={false}>
          <Screen loader={SCREENS.welcome} props={{}} />
        </Shell>
      );
    const mode = route.name === 'signup' ? 'signup' : 'signin';
    if (route.name !== 'signin' && route.name !== 'signup') return <Redirect to="/welcome" />;
    return (
      <Shell route={route} signedIn={false}>
        <Screen loader={SCREENS.auth} props={{ mode }} />
      </Shell>
    );
  }
  if (!me.data) {
    return (
      <Shell route={route} signedIn={false}>
        {me.error ? (
          <ErrorNote error={me.error} onRetry={() => void me.reload()} />
        ) : (
          <Loading what="your account" />
        )}
      </Shell>
    );
  }
  if (profile.data === undefined) {
    return (
      <Shell route={route} signedIn>
        {profile.error ? (
          <ErrorNote error={profile.error} onRetry={() => void profile.reload()} />
        ) : (
          <Loading what="your profile" />
        )}
      </Shell>
    );
  }
  if (profile.data === null && route.name !== 'onboarding' && route.name !== 'settings')
    return <Redirect to="/onboarding" />;
  return (
    <Shell route={route} signedIn={profile.data !== null || route.name === 'settings'}>
      {screenFor(route)}
    </Shell>
  );
}
