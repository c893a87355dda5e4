/** What a FIT file that is not an activity holds, named as a runner knows it. */

const KINDS: Readonly<Record<string, string>> = {
  device: 'device',
  settings: 'settings',
  sport: 'sport settings',
  workout: 'workout',
  course: 'course',
  schedules: 'schedule',
  weight: 'weight',
  totals: 'totals',
  goals: 'goals',
  bloodPressure: 'blood pressure',
  monitoringA: 'monitoring',
  monitoringB: 'monitoring',
  monitoringDaily: 'monitoring',
  activitySummary: 'activity summary',
  segment: 'segment',
  segmentList: 'segment list',
  exdConfiguration: 'data field settings',
};

/**
 * The runner's word for a FIT file type: `monitoringB` → `monitoring`.
 * @example fitFileKind('weight') // 'weight'
 */
export function fitFileKind(type: string): string {
  return KINDS[type] ?? type.replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`);
}
