/** The headline numbers of an activity, for logs, import reports and the `analyze` command. */
import type { Activity, ActivitySummary } from './activity-types.js';

/**
 * Duration, distance, pace and heart rate of a whole activity.
 * @example summarizeActivity(activity).sPerKm // 312.4
 */
export function summarizeActivity(activity: Activity): ActivitySummary {
  const samples = activity.samples;
  const first = samples[0];
  const last = samples[samples.length - 1];
  const durationS = first && last ? last.timeS - first.timeS : 0;
  const distanceM =
    activity.distanceSource === 'none' || !first || !last
      ? null
      : (last.distanceM ?? 0) - (first.distanceM ?? 0);
  let heartRateSum = 0;
  let heartRateCount = 0;
  let maxHeartRate: number | null = null;
  for (const sample of samples) {
    const hr = sample.heartRate;
    if (hr === null) continue;
    heartRateSum += hr;
    heartRateCount++;
    if (maxHeartRate === null || hr > maxHeartRate) maxHeartRate = hr;
  }
  return {
    format: activity.format,
    sport: activity.sport,
    startTime: activity.startTime,
    durationS,
    distanceM,
    sPerKm: distanceM !== null && distanceM > 0 ? (durationS * 1000) / distanceM : null,
    avgHeartRate: heartRateCount > 0 ? heartRateSum / heartRateCount : null,
    maxHeartRate,
    sampleCount: samples.length,
    lapCount: activity.laps.length,
    device: activity.device,
    warnings: activity.warnings,
  };
}
