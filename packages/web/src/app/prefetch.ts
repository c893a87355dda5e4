/**
 * What the first screen needs, requested at once when the app starts: the account, the profile, the
 * route's chunk and, for the plan screens, the plan. In parallel rather than one after the other, so the
 * plan is on screen in one round trip after the app's code.
 */
import { KEYS, fetchMe, fetchPlan, fetchProfile, fetchToday } from '../api/endpoints.js';
import { load } from '../api/resources.js';
import { localToday } from '../units/pace-display.js';
import { parseRoute } from './router.js';
import { preloadScreen } from './screens.js';

export function prefetchFirstScreen(): void {
  const route = parseRoute(window.location.pathname, window.location.search);
  preloadScreen(route);
  if (route.name === 'signin' || route.name === 'signup' || route.name === 'welcome') return;
  void load(KEYS.me, fetchMe);
  void load(KEYS.profile, fetchProfile);
  if (route.name === 'plan' || route.name === 'progress' || route.name === 'today')
    void load(KEYS.plan, fetchPlan);
  if (route.name === 'today') {
    const today = localToday();
    void load(KEYS.today(today), () => fetchToday(today));
  }
}
