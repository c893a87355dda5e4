/**
 * The advice every plan carries beside its sessions (R-GOL-1): eat well, recover, keep at it, form first.
 */

export interface Guidance {
  id: 'nutrition' | 'recovery' | 'consistency' | 'form';
  title: string;
  text: string;
}

/** In the order a plan shows them. */
export const GUIDANCE: readonly Guidance[] = [
  {
    id: 'nutrition',
    title: 'Eat to train',
    text:
      'What you eat counts as much as the sessions you run. ' +
      'Build your meals on vegetables, fruit, whole grains and lean protein, and drink water through the day. ' +
      'After a hard session, have a snack with carbs and protein within the hour.',
  },
  {
    id: 'recovery',
    title: 'Recover to get faster',
    text:
      'Your muscles get faster between sessions, not during them, so give them the time. ' +
      'Keep strength work to two days a week, take at least one full rest day, and ease off when your legs ' +
      'still feel heavy after a day or two. Sleep is part of the training.',
  },
  {
    id: 'consistency',
    title: 'Keep showing up',
    text:
      'Keep your race goal in sight and train week after week. ' +
      'Regular sessions beat the odd heroic one: your muscles and nerves keep the speed they practise often. ' +
      'Push on the hard days, stay patient, and your times will come down.',
  },
  {
    id: 'form',
    title: 'Form first',
    text:
      'Clean technique comes before more weight, more reps or more speed. ' +
      'End a set when your form slips, and stay light until every move feels smooth. ' +
      'On each run, pick one technique cue and check it.',
  },
];
