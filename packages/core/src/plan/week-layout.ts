/**
 * Puts one plan week's sessions on dates. The rules that tie dates together live here: sessions only on
 * available days (R-REC-1), one full rest day a week (R-REC-1), no strength on consecutive dates (R-STR-1),
 * no hard runs on consecutive dates (R-REC-2), also across the boundary with the previous week.
 *
 * A week has at most seven dates and a handful of key sessions, so an exhaustive search is cheap: it places
 * the most important sessions first (a placement set is better when it keeps a more important session),
 * then prefers layouts that leave legs fresh for quality work. Easy runs fill what is left.
 */
export type LayoutKind = 'track' | 'hills' | 'strength' | 'time-trial' | 'race';

export interface LayoutIntent {
  kind: LayoutKind;
  /** First and last offset (0–6 from the week start) this session may take. */
  earliestOffset: number;
  latestOffset: number;
  /** A pinned session (the race) takes its date whether or not the runner trains that day. */
  pinnedOffset?: number;
}

export interface WeekLayoutInput {
  /** For each offset 0–6 of the week: may the runner train that day? Offsets past the plan's end are false. */
  available: readonly boolean[];
  /** Dates where nothing may be scheduled at all (the day before a race). */
  blocked: readonly boolean[];
  /** Key sessions, most important first. */
  intents: readonly LayoutIntent[];
  easyRuns: number;
  /** What the last date of the previous week held, so the rules hold across the week boundary. */
  previousStrength: boolean;
  previousHard: boolean;
}

export interface WeekLayout {
  /** Offset for each intent, or undefined when it could not be placed. */
  intentOffsets: (number | undefined)[];
  easyOffsets: number[];
}

const DAYS_IN_WEEK = 7;

export function isHard(kind: LayoutKind): boolean {
  return kind !== 'strength';
}

/** Lays out one week; memoise calls with `layoutCache` since most weeks of a plan share their shape. */
export function layoutWeek(input: WeekLayoutInput): WeekLayout {
  const intents = input.intents;
  const count = intents.length;
  const assigned: (number | undefined)[] = new Array<number | undefined>(count).fill(undefined);
  const kindAt: (LayoutKind | undefined)[] = new Array<LayoutKind | undefined>(DAYS_IN_WEEK).fill(undefined);
  let best: { mask: number; penalty: number; offsets: (number | undefined)[] } | undefined;

  const fits = (kind: LayoutKind, offset: number): boolean => {
    if (kindAt[offset] !== undefined || input.blocked[offset]) return false;
    for (const near of [offset - 1, offset + 1]) {
      const other = near < 0 ? previousKind(input) : kindAt[near];
      if (other === undefined) continue;
      if (kind === 'strength' && other === 'strength') return false;
      if (isHard(kind) && isHard(other)) return false;
    }
    return true;
  };

  const search = (index: number, mask: number): void => {
    if (best && (mask | ((1 << (count - index)) - 1)) < best.mask) return;
    if (index === count) {
      const used = kindAt.filter((k) => k !== undefined).length;
      if (used >= DAYS_IN_WEEK) return;
      const penalty = layoutPenalty(kindAt, input);
      if (!best || mask > best.mask || (mask === best.mask && penalty < best.penalty)) {
        best = { mask, penalty, offsets: [...assigned] };
      }
      return;
    }
    const intent = intents[index];
    if (!intent) return;
    const bit = 1 << (count - 1 - index);
    const first = intent.pinnedOffset ?? intent.earliestOffset;
    const last = intent.pinnedOffset ?? intent.latestOffset;
    for (let offset = first; offset <= last; offset++) {
      if (intent.pinnedOffset === undefined && !input.available[offset]) continue;
      if (!fits(intent.kind, offset)) continue;
      kindAt[offset] = intent.kind;
      assigned[index] = offset;
      search(index + 1, mask | bit);
      kindAt[offset] = undefined;
      assigned[index] = undefined;
    }
    search(index + 1, mask);
  };
  search(0, 0);

  const intentOffsets = best?.offsets ?? assigned;
  return { intentOffsets, easyOffsets: fillEasyRuns(input, intentOffsets) };
}

function previousKind(input: WeekLayoutInput): LayoutKind | undefined {
  if (input.previousStrength) return 'strength';
  if (input.previousHard) return 'track';
  return undefined;
}

/** Lower is better: strength the day before quality work, and quality sessions only two days apart. */
function layoutPenalty(kindAt: readonly (LayoutKind | undefined)[], input: WeekLayoutInput): number {
  let penalty = 0;
  for (let offset = 0; offset < DAYS_IN_WEEK; offset++) {
    const kind = kindAt[offset];
    if (kind === undefined) continue;
    const next = kindAt[offset + 1];
    if (kind === 'strength' && next !== undefined && isHard(next)) penalty += 2;
    const afterNext = kindAt[offset + 2];
    if (afterNext !== undefined && isHard(kind) && isHard(afterNext)) penalty += 1;
  }
  if (input.previousStrength && kindAt[0] !== undefined && isHard(kindAt[0])) penalty += 2;
  return penalty;
}

/** Easy runs go on free available dates, away from the day before quality work where possible. */
function fillEasyRuns(input: WeekLayoutInput, intentOffsets: readonly (number | undefined)[]): number[] {
  const taken = new Set(intentOffsets.filter((o): o is number => o !== undefined));
  const hardOffsets = new Set(
    input.intents.flatMap((intent, i) =>
      isHard(intent.kind) && intentOffsets[i] !== undefined ? [intentOffsets[i]] : [],
    ),
  );
  const free: number[] = [];
  for (let offset = 0; offset < DAYS_IN_WEEK; offset++) {
    if (input.available[offset] && !input.blocked[offset] && !taken.has(offset)) free.push(offset);
  }
  const restDays = DAYS_IN_WEEK - taken.size - free.length;
  const room = restDays > 0 ? free.length : free.length - 1;
  const preferred = [...free].sort(
    (a, b) => Number(hardOffsets.has(a + 1)) - Number(hardOffsets.has(b + 1)) || a - b,
  );
  return preferred.slice(0, Math.max(0, Math.min(input.easyRuns, room))).sort((a, b) => a - b);
}

/** A cache of layouts by week shape; one per plan generation keeps generation pure and fast. */
export function cachedLayout(cache: Map<string, WeekLayout>, input: WeekLayoutInput): WeekLayout {
  const key = JSON.stringify(input);
  let layout = cache.get(key);
  if (!layout) {
    layout = layoutWeek(input);
    cache.set(key, layout);
  }
  return layout;
}
