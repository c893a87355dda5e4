/** `speedwork paces` as text: the VDOT, the five training paces, and race predictions by two models. */
import { distanceLabel, formatClock, formatPace, type PacesReport, type Units } from '@speedwork/core';
import { paceRows } from './plan-facts.js';
import { alignColumns } from './text-wrap.js';

/**
 * The paces report for a race, paces in the runner's units.
 * @example renderPacesText(pacesReport(10000, 2700), { distanceM: 10000, timeS: 2700 }, 'km')
 */
export function renderPacesText(
  report: PacesReport,
  race: { distanceM: number; timeS: number },
  units: Units,
): string {
  const lines = [
    `VDOT ${report.vdot.toFixed(1)} from ${distanceLabel(race.distanceM)} in ${formatClock(race.timeS)}`,
    '',
  ];
  lines.push('Training paces');
  const paces = alignColumns(paceRows(report, units));
  lines.push(...paces.map((line) => `  ${line}`), '');

  lines.push('Race equivalents');
  const riegelByDistance = new Map(
    report.riegel.map((equivalent) => [equivalent.distanceM, equivalent.timeS]),
  );
  const rows = [['', 'VDOT model', 'pace', 'Riegel']];
  for (const equivalent of report.equivalents) {
    const riegelS = riegelByDistance.get(equivalent.distanceM);
    rows.push([
      distanceLabel(equivalent.distanceM),
      formatClock(equivalent.timeS),
      formatPace((equivalent.timeS * 1000) / equivalent.distanceM, units),
      riegelS === undefined ? '' : formatClock(riegelS),
    ]);
  }
  lines.push(...alignColumns(rows, [1, 2, 3]).map((line) => `  ${line}`));
  return `${lines.join('\n')}\n`;
}
