/**
 * The kinds of running and training a plan holds, as the Library explains them: what each is, how it
 * should feel (the effort on the 1–10 scale the log uses) and what it does for a runner's race.
 */
import type { SessionType } from '@speedwork/core';

export interface SessionKind {
  /** The session type, or one of the parts that ride inside a run. */
  id: SessionType | 'strides' | 'run-walk';
  name: string;
  what: string;
  feel: string;
  why: string;
}

export const SESSION_KINDS: readonly SessionKind[] = [
  {
    id: 'easy',
    name: 'Easy run',
    what: 'Steady running at a pace where you could hold a conversation. Most of your week is this.',
    feel: 'Effort 3–4 of 10: relaxed breathing, whole sentences.',
    why: 'Builds the engine (heart, blood vessels, tendons) that lets you absorb and recover from the fast work.',
  },
  {
    id: 'strides',
    name: 'Strides',
    what: 'After some easy runs: 4–8 short runs of about 20 seconds, quick and relaxed, with an easy minute between.',
    feel: 'Fast but never straining; smooth, tall and light on your feet.',
    why: 'Keeps your legs used to a quick turnover without tiring them. They do not count as a hard session.',
  },
  {
    id: 'run-walk',
    name: 'Run–walk',
    what: 'Easy runs broken into set spells of running and brisk walking, such as run 2 min, walk 1 min.',
    feel: 'Effort 2–3 of 10. The walks are planned, not a sign of weakness.',
    why: 'Lets newer runners cover more ground with less strain, and build up to running the whole way.',
  },
  {
    id: 'long',
    name: 'Long run',
    what: 'The longest run of the week, mostly easy. Some carry a block at marathon pace or threshold near the end.',
    feel: 'Effort 4–5 of 10 for the easy part; the block inside is steady, never a race.',
    why: 'Teaches your body to run long on little fuel and to stay in good form when tired. Over 90 minutes, take drinks and a gel or sweets along.',
  },
  {
    id: 'tempo',
    name: 'Tempo',
    what: 'Running at threshold pace: 20 minutes or so in one go, or split into cruise intervals (3 × 10 min) with a short jog between.',
    feel: 'Effort 6–7 of 10: comfortably hard, a few words at a time.',
    why: 'Raises the pace you can hold before tiring sets in: the heart of 10K to marathon racing.',
  },
  {
    id: 'intervals',
    name: 'Intervals',
    what: 'Reps of 400 to 1,200 metres at interval pace, with a jog of about the same time between.',
    feel: 'Effort 8–9 of 10: hard, deep breathing, the same pace first rep to last.',
    why: 'Trains the most oxygen your body can use, once the track ladder has reached its top.',
  },
  {
    id: 'track',
    name: 'Track',
    what: 'The ladder of short, fast reps: from 2 × 100 m with a flat-out start up to 10 × 300 m, with a jog between.',
    feel: 'Fast and crisp, never ragged; stop when your form fades.',
    why: 'Teaches your legs speed and economy: a quicker, more powerful stride at every pace.',
  },
  {
    id: 'hills',
    name: 'Hills',
    what: 'Repeats of up to about a minute up a hill at race effort, jogging back down to recover.',
    feel: 'Effort 7–8 of 10 going up; the watch pace will read slow, the effort is what counts.',
    why: 'Strength in running form: power for the push-off with less pounding than the track.',
  },
  {
    id: 'strength',
    name: 'Strength',
    what: 'Light lifts and jumps (see the exercises below), on the same day as a run and after it.',
    feel: 'Crisp and controlled; quality over load.',
    why: 'Stronger, springier legs carry your speed and keep injuries away. It never takes a running day.',
  },
  {
    id: 'time-trial',
    name: 'Time trial',
    what: 'A solo race against the clock over a set distance, late in a lighter week.',
    feel: 'All out, but even: no faster start than you can hold.',
    why: 'Measures your progress and updates every pace in your plan.',
  },
];
