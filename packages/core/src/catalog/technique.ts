/**
 * The technique pillar (R-TEC-1): three focuses a runner works on during running sessions, each with cues
 * short enough to think about mid-stride.
 */

export type TechniqueFocusId = 'stride' | 'body-control' | 'breathing';

export interface TechniqueFocus {
  id: TechniqueFocusId;
  name: string;
  /** One sentence: why this focus makes you faster. */
  summary: string;
  /** Things to check while running, one at a time. */
  cues: string[];
}

const FOCUSES: { readonly [K in TechniqueFocusId]: TechniqueFocus & { id: K } } = {
  stride: {
    id: 'stride',
    name: 'Stride',
    summary:
      'Speed comes from how hard your foot pushes the ground away and how quickly it comes round again, ' +
      'not from how high your knee rises.',
    cues: [
      'Land with your foot under your hip, not reaching out in front.',
      'Push the ground back and let your leg finish long behind you.',
      'Drive from the push-off; lifting your knee higher adds nothing.',
      'Quicken your turnover: short ground contact, fast feet.',
    ],
  },
  'body-control': {
    id: 'body-control',
    name: 'Body control',
    summary: 'A quiet, steady upper body sends all your effort forward instead of side to side.',
    cues: [
      'Run tall: head up, eyes on the path ahead.',
      'Bend your elbows to about 90° and keep them by your sides.',
      'Swing your arms from the shoulders, forward and back, never across your body.',
      'Keep your hands loose and softly curled, as if a potato chip rests in each palm.',
      'Hold your chest and shoulders steady: no rocking, no twisting.',
    ],
  },
  breathing: {
    id: 'breathing',
    name: 'Breathing',
    summary:
      'Breathe through your nose and mouth at once, in a steady rhythm, to get the most air to your legs.',
    cues: [
      'Breathe in and out through your nose and mouth together.',
      'If nose breathing feels strange, practise it on easy runs first.',
      'Tie your breath to your steps: in for 1–2 steps, out for 1–2 steps.',
      'When the pace rises, keep the rhythm instead of gasping.',
    ],
  },
};

/** The three focuses in the order a plan rotates them: stride, body control, breathing. */
export const TECHNIQUE_FOCUSES: readonly TechniqueFocus[] = [
  FOCUSES.stride,
  FOCUSES['body-control'],
  FOCUSES.breathing,
];

/** Looks a focus up by id, for showing the cues of a session's `technique` list. */
export function techniqueFocusById(id: TechniqueFocusId): TechniqueFocus {
  return FOCUSES[id];
}
