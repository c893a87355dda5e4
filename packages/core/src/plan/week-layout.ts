/**
 * Places one plan week's sessions on dates. The rules that tie dates together live here: runs only on
 * available days (R-REC-1), one full rest day a week (R-REC-1), no hard runs on consecutive dates (R-REC-2),
 * no hard run the day before or after the long run and none inside a time trial's recovery window (R-QUA-1,
 * R-ADA-2), strength on the date of an easy or quality run, at most two a week and never on consecutive dates
 * (R-STR-1, R-DAY-1), also across the boundary with the previous week.
 *
 * A week has seven dates and a handful of key runs, so an exhaustive search is cheap. It places the key runs
 * first, most important first (a placement that keeps a more important run wins), preferring the long run at
 * the weekend and quality days well apart; then it picks the easy-run dates and the strength dates together.
 */
export type KeyKind = 'race' | 'long' | 'quality' | 'time-trial';

export interface KeyIntent {
  kind: KeyKind;
  /** First and last offset (0–6 from the week start) this run may take. */
  earliestOffset: number;
  latestOffset: number;
  /** A pinned run (the race) takes its date whether or not the runner trains that day. */
  pinnedOffset?: number;
  /** Days after this run that must stay free of hard runs (a time trial's recovery). */
  hardFreeDaysAfter?: number;
  /** Whether strength may share this run's date (quality runs: yes; long runs, races, time trials: no). */
  takesStrength?: boolean;
}

export interface WeekLayoutInput {
  /** For each offset 0–6: may the runner run that day? Offsets past the plan's end are false. */
  available: readonly boolean[];
  /** Offsets where strength may not go (the last days before a race). */
  strengthBlocked: readonly boolean[];
  /** Offsets where a long run is best (the weekend). */
  longPreferred: readonly boolean[];
  /** Key runs, most important first. */
  intents: readonly KeyIntent[];
  /** Easy runs the week wants. */
  easyRuns: number;
  /** Strength sessions the week wants (0–2). */
  strengthSessions: number;
  /** What the end of the previous week holds, so the rules hold across the boundary. */
  previous: {
    /** The last date held a hard run, or a long run, or strength. */
    hardOnEve: boolean;
    longOnEve: boolean;
    strengthOnEve: boolean;
    /** Offsets before this one may not hold a hard run (a time trial or race late last week). */
    hardFreeUntilOffset: number;
  };
}

export interface WeekLayout {
  /** Offset for each key intent, or undefined when it could not be placed. */
  intentOffsets: (number | undefined)[];
  easyOffsets: number[];
  strengthOffsets: number[];
}

const DAYS = 7;
type Slot = KeyKind | 'easy' | undefined;

function isHardKind(kind: Slot): boolean {
  return kind === 'quality' || kind === 'time-trial' || kind === 'race';
}

interface KeyCandidate {
  mask: number;
  penalty: number;
  offsets: (number | undefined)[];
}

/** Lays out one week; `cachedLayout` memoises it, since most weeks of a plan share their shape. */
export function layoutWeek(input: WeekLayoutInput): WeekLayout {
  const candidates = keyCandidates(input);
  let best: { score: number[]; layout: WeekLayout } | undefined;
  for (const candidate of candidates) {
    const filled = fillEasyAndStrength(input, candidate.offsets);
    const score = [
      candidate.mask,
      filled.strengthOffsets.length,
      -Math.abs(filled.easyOffsets.length - input.easyRuns),
      -(candidate.penalty + filled.penalty),
    ];
    if (!best || lexicallyGreater(score, best.score)) {
      best = {
        score,
        layout: {
          intentOffsets: candidate.offsets,
          easyOffsets: filled.easyOffsets,
          strengthOffsets: filled.strengthOffsets,
        },
      };
    }
  }
  return (
    best?.layout ?? {
      intentOffsets: input.intents.map(() => undefined),
      easyOffsets: [],
      strengthOffsets: [],
    }
  );
}

function lexicallyGreater(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return false;
}

/** The best few placements of the key runs: the most important kept first, then the lowest penalty. */
function keyCandidates(input: WeekLayoutInput, keep = 6): KeyCandidate[] {
  const intents = input.intents;
  const count = intents.length;
  const slots: Slot[] = new Array<Slot>(DAYS).fill(undefined);
  const hardFreeUntil: number[] = [];
  const assigned: (number | undefined)[] = new Array<number | undefined>(count).fill(undefined);
  const found: KeyCandidate[] = [];
  let bestMask = -1;

  const hardAllowed = (offset: number): boolean => {
    if (offset < input.previous.hardFreeUntilOffset) return false;
    return !hardFreeUntil.some((until, from) => until >= 0 && offset > from && offset <= until);
  };
  const fits = (intent: KeyIntent, offset: number): boolean => {
    if (slots[offset] !== undefined) return false;
    if (intent.pinnedOffset === undefined && !input.available[offset]) return false;
    const before = offset === 0 ? eveSlot(input) : slots[offset - 1];
    const after = offset === DAYS - 1 ? undefined : slots[offset + 1];
    if (intent.kind === 'long') return !isHardKind(before) && !isHardKind(after);
    if (intent.kind === 'race') return true;
    if (!hardAllowed(offset)) return false;
    const window = intent.hardFreeDaysAfter ?? 0;
    for (let later = offset + 1; later <= offset + window && later < DAYS; later++)
      if (isHardKind(slots[later])) return false;
    return !isHardKind(before) && before !== 'long' && !isHardKind(after) && after !== 'long';
  };

  const search = (index: number, mask: number): void => {
    if ((mask | ((1 << (count - index)) - 1)) < bestMask) return;
    if (index === count) {
      const used = slots.filter((s) => s !== undefined).length;
      if (used >= DAYS) return;
      bestMask = Math.max(bestMask, mask);
      found.push({ mask, penalty: keyPenalty(slots, input), offsets: [...assigned] });
      return;
    }
    const intent = intents[index];
    if (!intent) return;
    const bit = 1 << (count - 1 - index);
    const first = intent.pinnedOffset ?? Math.max(0, intent.earliestOffset);
    const last = intent.pinnedOffset ?? Math.min(DAYS - 1, intent.latestOffset);
    for (let offset = first; offset <= last; offset++) {
      if (!fits(intent, offset)) continue;
      slots[offset] = intent.kind;
      assigned[index] = offset;
      hardFreeUntil[offset] = offset + (intent.hardFreeDaysAfter ?? 0);
      search(index + 1, mask | bit);
      hardFreeUntil[offset] = -1;
      slots[offset] = undefined;
      assigned[index] = undefined;
    }
    search(index + 1, mask);
  };
  search(0, 0);
  return found
    .filter((c) => c.mask === bestMask)
    .sort((a, b) => a.penalty - b.penalty)
    .slice(0, keep);
}

function eveSlot(input: WeekLayoutInput): Slot {
  if (input.previous.hardOnEve) return 'quality';
  if (input.previous.longOnEve) return 'long';
  return undefined;
}

/** Lower is better: the long run at the weekend, quality days spread out, a rest day after the long run. */
function keyPenalty(slots: readonly Slot[], input: WeekLayoutInput): number {
  let penalty = 0;
  for (let offset = 0; offset < DAYS; offset++) {
    const slot = slots[offset];
    if (slot === 'long' && !input.longPreferred[offset]) penalty += 4;
    if (isHardKind(slot) && slot !== 'race' && isHardKind(slots[offset + 2])) penalty += 1;
    if (slot === 'long' && slots[offset + 2] === 'quality') penalty += 1;
  }
  return penalty;
}

interface Filled {
  easyOffsets: number[];
  strengthOffsets: number[];
  penalty: number;
}

/**
 * Easy runs and strength together: strength needs a run on its date, so the best set of easy-run dates is
 * the one that lets strength sit on quality days, away from the day before a long run or a hard run.
 */
function fillEasyAndStrength(input: WeekLayoutInput, keyOffsets: readonly (number | undefined)[]): Filled {
  const slots: Slot[] = new Array<Slot>(DAYS).fill(undefined);
  const strengthOk: boolean[] = new Array<boolean>(DAYS).fill(false);
  input.intents.forEach((intent, i) => {
    const offset = keyOffsets[i];
    if (offset === undefined) return;
    slots[offset] = intent.kind;
    strengthOk[offset] = intent.takesStrength === true;
  });
  const free: number[] = [];
  for (let offset = 0; offset < DAYS; offset++) {
    if (input.available[offset] && slots[offset] === undefined) free.push(offset);
  }
  const used = slots.filter((s) => s !== undefined).length;
  const room = Math.min(free.length, DAYS - 1 - used);
  // A key run the days could not hold leaves its day to an easy run (two days: quality, then a long easy run).
  const unplaced = input.intents.filter(
    (intent, i) => intent.kind !== 'race' && keyOffsets[i] === undefined,
  ).length;
  const wanted = Math.min(input.easyRuns + unplaced, room);
  const maxEasy = Math.min(room, wanted + input.strengthSessions);
  let best: (Filled & { score: number[] }) | undefined;
  for (let subset = 0; subset < 1 << free.length; subset++) {
    const easy = free.filter((_, i) => (subset >> i) & 1);
    // Fewer easy runs than wanted never beats the wanted number (it scores lower on every count), so only
    // sets from the wanted size up are worth scoring.
    if (easy.length > maxEasy || easy.length < wanted) continue;
    for (const offset of easy) slots[offset] = 'easy';
    const strength = placeStrength(input, slots, strengthOk);
    let penalty = strength.penalty + Math.max(0, easy.length - wanted) * 3;
    for (const offset of easy) {
      // The day before the race takes the shakeout jog (COACHING 5.2: rest, if any, two days out); the day
      // before any other hard run is better left to rest.
      if (slots[offset + 1] === 'race') penalty -= 0.5;
      else if (isHardKind(slots[offset + 1])) penalty += 0.5;
      // A rest day after the long run lets it sink in; an easy run the day before is the better place.
      if (slots[offset - 1] === 'long') penalty += 1.5;
    }
    const score = [strength.offsets.length, -Math.abs(easy.length - wanted), -penalty];
    if (!best || lexicallyGreater(score, best.score))
      best = { easyOffsets: easy, strengthOffsets: strength.offsets, penalty, score };
    for (const offset of easy) slots[offset] = undefined;
  }
  return best ?? { easyOffsets: [], strengthOffsets: [], penalty: 0 };
}

function placeStrength(
  input: WeekLayoutInput,
  slots: readonly Slot[],
  strengthOk: readonly boolean[],
): { offsets: number[]; penalty: number } {
  const hosts: number[] = [];
  for (let offset = 0; offset < DAYS; offset++) {
    if (input.strengthBlocked[offset]) continue;
    if (slots[offset] === 'easy' || strengthOk[offset]) hosts.push(offset);
  }
  const cost = (offset: number): number => {
    let c = slots[offset] === 'easy' ? 1 : 0;
    if (slots[offset + 1] === 'long') c += 2;
    if (isHardKind(slots[offset + 1])) c += 2;
    return c;
  };
  const usable = (offset: number): boolean => offset > 0 || !input.previous.strengthOnEve;
  const wanted = Math.min(2, input.strengthSessions);
  let best = { offsets: [] as number[], penalty: 0 };
  const consider = (offsets: number[]): void => {
    const penalty = offsets.reduce((sum, o) => sum + cost(o), 0);
    if (
      offsets.length > best.offsets.length ||
      (offsets.length === best.offsets.length && penalty < best.penalty)
    )
      best = { offsets, penalty };
  };
  if (wanted === 0) return best;
  for (const a of hosts) {
    if (!usable(a)) continue;
    consider([a]);
    if (wanted < 2) continue;
    for (const b of hosts) if (b > a + 1) consider([a, b]);
  }
  return best;
}

const CACHE_LIMIT = 20_000;
const layoutCache = new Map<string, WeekLayout>();

/** Memoised `layoutWeek`: plans share few week shapes, and the search is pure, so its answers can be reused. */
export function cachedLayout(input: WeekLayoutInput): WeekLayout {
  const key = layoutKey(input);
  let layout = layoutCache.get(key);
  if (!layout) {
    layout = layoutWeek(input);
    if (layoutCache.size >= CACHE_LIMIT) layoutCache.clear();
    layoutCache.set(key, layout);
  }
  return layout;
}

/** A short key for a week's shape: the same facts as the input, without a JSON round of the whole object. */
function layoutKey(input: WeekLayoutInput): string {
  const flags = (list: readonly boolean[]): string => list.map((b) => (b ? '1' : '0')).join('');
  const intents = input.intents
    .map(
      (i) =>
        `${i.kind}:${i.earliestOffset}-${i.latestOffset}:${i.pinnedOffset ?? ''}:${i.hardFreeDaysAfter ?? ''}:${i.takesStrength ? 1 : 0}`,
    )
    .join(',');
  const p = input.previous;
  return `${flags(input.available)}|${flags(input.strengthBlocked)}|${flags(input.longPreferred)}|${intents}|${input.easyRuns}|${input.strengthSessions}|${p.hardOnEve ? 1 : 0}${p.longOnEve ? 1 : 0}${p.strengthOnEve ? 1 : 0}${p.hardFreeUntilOffset}`;
}
