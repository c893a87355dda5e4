/** Wires repositories into services for one store. */
import { AccountsRepository } from './accounts/accounts.repository.js';
import { AccountsService } from './accounts/accounts.service.js';
import { Throttle } from './accounts/throttle.js';
import { ThrottlesRepository } from './accounts/throttles.repository.js';
import { ActivitiesService } from './activities/activities.service.js';
import { CalendarRepository } from './calendar/calendar.repository.js';
import { CalendarService } from './calendar/calendar.service.js';
import { RunnerCache } from './cache/runner-cache.js';
import type { Clock } from './config/clock.js';
import { DataExportRepository } from './data-export/data-export.repository.js';
import { DataExportService } from './data-export/data-export.service.js';
import type { Store } from './db/open-database.js';
import { LogsService } from './logs/logs.service.js';
import { PlanUpdates } from './plans/plan-updates.js';
import { PlansService } from './plans/plans.service.js';
import { ProfileRepository } from './profile/profile.repository.js';
import { ProfileService } from './profile/profile.service.js';
import { RacesService } from './races/races.service.js';
import { TokensRepository } from './tokens/tokens.repository.js';
import { TokensService } from './tokens/tokens.service.js';

export interface Services {
  store: Store;
  accounts: AccountsService;
  tokens: TokensService;
  profiles: ProfileService;
  plans: PlansService;
  logs: LogsService;
  races: RacesService;
  dataExport: DataExportService;
  calendar: CalendarService;
  activities: ActivitiesService;
}

export function createServices(store: Store, clock: Clock): Services {
  const db = store.db;
  const cache = new RunnerCache(Date.now, store.changes);
  const throttle = new Throttle(new ThrottlesRepository(db), clock);
  const accounts = new AccountsService(new AccountsRepository(db), clock, cache, throttle);
  const profiles = new ProfileService(new ProfileRepository(db), clock);
  const updates = new PlanUpdates(clock);
  const races = new RacesService(db, updates, clock, cache);
  const plans = new PlansService(db, profiles, updates, clock, cache);
  const logs = new LogsService(db, updates, clock, cache);
  return {
    store,
    accounts,
    tokens: new TokensService(new TokensRepository(db), clock, cache),
    profiles,
    plans,
    logs,
    races,
    dataExport: new DataExportService(new DataExportRepository(db), accounts, clock, cache),
    calendar: new CalendarService(new CalendarRepository(db), plans, clock),
    activities: new ActivitiesService(plans, profiles, logs, clock),
  };
}
