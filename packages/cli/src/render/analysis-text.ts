/** An activity analysis for the terminal: the summary, the stretches, and the reps against the plan. */
import { formatClock, formatDistance, formatPace, type Units } from '@speedwork/core';
import type { ActivityAnalysis, DetectedInterval, RepResult } from '@speedwork/formats';

/**
 * The analysis as text.
 * @example renderAnalysisText(analysis, 'km').split('\n')[0] // "Run on 2026-12-14 07:00 UTC · 5.1 km in 28:45 · 5:38/km"
 */
export function renderAnalysisText(analysis: ActivityAnalysis, units: Units): string {
  const a = analysis.activity;
  const when = `${a.startTime.slice(0, 10)} ${a.startTime.slice(11, 16)} UTC`;
  const headline = [
    `${a.sport === null ? 'Activity' : capitalize(a.sport)} on ${when}`,
    a.distanceM === null
      ? formatClock(a.durationS)
      : `${formatDistance(a.distanceM, units)} in ${formatClock(a.durationS)}`,
  ];
  if (a.sPerKm !== null) headline.push(formatPace(a.sPerKm, units));
  const lines = [headline.join(' · ')];
  const details = [a.format.toUpperCase(), `${a.sampleCount} samples`, `${a.lapCount} laps`];
  if (a.device !== null) details.push(a.device);
  if (a.avgHeartRate !== null)
    details.push(`heart rate ${Math.round(a.avgHeartRate)} avg, ${a.maxHeartRate ?? '?'} max`);
  lines.push(details.join(' · '));
  for (const warning of a.warnings) lines.push(`! ${warning}`);

  lines.push('');
  if (analysis.intervals.length === 0) {
    lines.push('No reps found: a steady run, or no speed to find them in.');
  } else {
    const from = analysis.source === 'laps' ? "the watch's laps" : 'the speed';
    lines.push(`Intervals (from ${from}):`);
    let rep = 0;
    for (const interval of analysis.intervals) {
      const label = interval.kind === 'work' ? `rep ${++rep}` : 'recovery';
      lines.push(`  ${label.padEnd(9)} ${intervalWords(interval, units)}`);
    }
  }

  const match = analysis.match;
  if (match !== undefined) {
    lines.push('', `Against the plan: ${match.title} (${match.date})`);
    for (const rep of match.reps) lines.push(`  ${repWords(rep, units)}`);
    for (const missed of match.missed) {
      lines.push(`  rep ${missed.rep + 1} of block ${missed.block + 1}: not found`);
    }
    if (match.extra.length > 0) {
      lines.push(
        `  ${match.extra.length} other effort${match.extra.length === 1 ? '' : 's'} not in the plan`,
      );
    }
  }
  return lines.join('\n');
}

function intervalWords(interval: DetectedInterval, units: Units): string {
  const at = `at ${formatClock(interval.startS)}`.padEnd(11);
  const length = `${interval.durationS.toFixed(1)} s`.padStart(8);
  const distance = interval.distanceM === null ? '' : `${Math.round(interval.distanceM)} m`.padStart(8);
  const pace = interval.sPerKm === null ? '' : `  ${formatPace(interval.sPerKm, units)}`;
  return `${at}${length}${distance}${pace}`;
}

function repWords(rep: RepResult, units: Units): string {
  const planned = rep.planned;
  const what =
    planned.distanceM !== undefined
      ? formatDistance(planned.distanceM, units)
      : `${planned.durationS ?? 0} s`;
  const parts = [`rep ${planned.rep + 1} (${what}): ${rep.actual.durationS.toFixed(1)} s`];
  if (rep.actual.distanceM !== null) parts.push(`${Math.round(rep.actual.distanceM)} m`);
  if (rep.flatOut !== undefined) parts.push(`flat out ${rep.flatOut.durationS.toFixed(1)} s`);
  if (rep.paceDiffSPerKm !== null && planned.targetSPerKm !== undefined) {
    const diff = Math.round(rep.paceDiffSPerKm);
    const verdict = diff === 0 ? 'on target' : `${Math.abs(diff)} s/km ${diff > 0 ? 'slower' : 'faster'}`;
    parts.push(`vs ${formatPace(planned.targetSPerKm, units)}: ${verdict}`);
  }
  return parts.join(', ');
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
