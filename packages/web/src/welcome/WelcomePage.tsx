/**
 * The first visit: what speedwork is, a sample plan built as a real one is, and a way in (sign up first,
 * sign in for a returning runner). The sample was planned when the app was built (sample-plan.ts): the page
 * carries its sessions, not core's planner.
 */
import { useMemo } from 'react';
import { PageHeading } from '../ui/page-heading.js';
import { Link } from '../ui/link.js';
import { addDays, localToday, shortDate } from '../units/pace-display.js';
import { sampleOn } from './sample-plan.js';

/** The Monday on or after today: the sample starts where a plan would. */
function nextMonday(today: string): string {
  const weekday = new Date(`${today}T00:00:00Z`).getUTCDay();
  return addDays(today, (8 - weekday) % 7);
}

export default function WelcomePage() {
  const sample = useMemo(() => sampleOn(nextMonday(localToday())), []);
  return (
    <section className="page welcome-page">
      <div className="welcome-intro">
        <PageHeading title="Run faster, a few sessions a week" />
        <p className="lede">
          speedwork plans your training around speed: strength and jumps, track reps, hills, and the easy and
          long runs that carry them. Every pace comes from a recent race, and the plan follows what you log.
        </p>
        <div className="form-actions">
          <Link href="/signup" className="button button-primary">
            Create an account
          </Link>
          <Link href="/signin" className="button">
            Sign in
          </Link>
        </div>
      </div>
      <section className="card block" aria-labelledby="sample-title">
        <h2 id="sample-title">A sample plan: its first two weeks</h2>
        <p className="muted">
          For a runner with a 5K in 25:00 aiming at 24:00, three days a week with a gym. Yours is built from
          your own race, days and equipment.
        </p>
        <ol className="sample-week">
          {sample.map((s) => (
            <li key={`${s.date}-${s.type}`} className={`sample-session type-${s.type}`}>
              <p className="eyebrow">
                {shortDate(s.date)} · {s.typeName}
              </p>
              <p className="sample-title">{s.title}</p>
              <p className="muted">{s.why}</p>
            </li>
          ))}
        </ol>
      </section>
    </section>
  );
}
