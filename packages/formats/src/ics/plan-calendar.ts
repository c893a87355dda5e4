/**
 * A plan as an iCalendar feed (RFC 5545): one all-day event per session with its whole prescription in the
 * description. UIDs depend only on the calendar's id and the session's stable id, so when a changed plan is
 * published again, subscribed calendar apps update the events instead of duplicating them, and a run and the
 * strength after it on one date stay two events.
 */
import {
  distanceLabel,
  formatClock,
  formatDayNumber,
  parseDayNumber,
  SESSION_TYPE_NAMES,
  titleWithDistance,
  type Plan,
} from '@speedwork/core';
import { sessionLines } from '../prescription/session-prescription.js';
import { escapeIcsText, foldIcsLine, icsDate, icsDateTime } from './ics-text.js';

export interface PlanCalendarOptions {
  /** DTSTAMP of every event: when this feed was made (passed in; core-style purity). */
  dtstamp: Date;
  /** Identifies the runner's calendar in UIDs, such as the runner's id (default: `plan` and the start date). */
  calendarId?: string;
  /** Right-hand side of UIDs (default `speedwork`). */
  uidDomain?: string;
  /** Calendar name shown by apps (default: the goal). */
  name?: string;
}

/**
 * The ICS text of a plan, CRLF line endings, folded at 75 octets.
 * @example planToIcs(plan, { dtstamp: new Date(), calendarId: 'runner-42' }).startsWith('BEGIN:VCALENDAR')
 */
export function planToIcs(plan: Plan, options: PlanCalendarOptions): string {
  const calendarId = options.calendarId ?? `plan${icsDate(plan.profile.start)}`;
  const domain = options.uidDomain ?? 'speedwork';
  const stamp = icsDateTime(options.dtstamp);
  const name =
    options.name ?? `speedwork: ${distanceLabel(plan.goal.distanceM)} in ${formatClock(plan.goal.timeS)}`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//speedwork//speedwork plan//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${escapeIcsText(name)}`,
    `X-WR-CALNAME:${escapeIcsText(name)}`,
    // Subscribed apps poll about twice a day (RFC 7986, and the older Apple/Google hint).
    'REFRESH-INTERVAL;VALUE=DURATION:PT12H',
    'X-PUBLISHED-TTL:PT12H',
  ];
  // R-VOL-1: what the plan assumed, and its warnings, travel with the calendar (RFC 7986 and Apple's name).
  const about = [...plan.assumptions, ...plan.warnings.map((warning) => warning.message)].join('\n');
  if (about !== '') lines.push(`DESCRIPTION:${escapeIcsText(about)}`, `X-WR-CALDESC:${escapeIcsText(about)}`);
  const used = new Set<string>();
  for (const session of plan.sessions) {
    const base = `${calendarId}-${session.id}`;
    let uid = base;
    for (let n = 2; used.has(uid); n++) uid = `${base}-${n}`;
    used.add(uid);
    const day = parseDayNumber(session.date);
    const next = day === undefined ? session.date : formatDayNumber(day + 1);
    const description = sessionLines(session, plan.profile.units).join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeIcsText(uid)}@${domain}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(session.date)}`,
      `DTEND;VALUE=DATE:${icsDate(next)}`,
      `SUMMARY:${escapeIcsText(titleWithDistance(session, plan.profile.units))}`,
      `DESCRIPTION:${escapeIcsText(description)}`,
      `CATEGORIES:${escapeIcsText(SESSION_TYPE_NAMES[session.type])}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}
