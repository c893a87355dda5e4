import { pacesReport } from '@speedwork/core';
import { describe, expect, it } from 'vitest';
import { renderPacesText } from './paces-text.js';

describe('renderPacesText', () => {
  const report = pacesReport(10000, 2700);

  it('gives the VDOT, the five training paces and both models of race equivalents', () => {
    const text = renderPacesText(report, { distanceM: 10000, timeS: 2700 }, 'km');
    expect(text.startsWith(`VDOT ${report.vdot.toFixed(1)} from 10K in 45:00\n`)).toBe(true);
    for (const name of ['easy', 'marathon', 'threshold', 'interval', 'repetition'])
      expect(text).toMatch(new RegExp(`\\n  ${name} +\\d`));
    expect(text).toMatch(/VDOT model +pace +Riegel/);
    for (const label of ['1500 m', 'mile', '3K', '5K', '10K', '15K', 'half marathon', 'marathon']) {
      expect(text).toContain(`\n  ${label} `);
    }
    expect(text).toMatch(/\n {2}10K +45:00 +4:30\/km +45:00\n/);
  });

  it('shows paces per mile when asked', () => {
    const text = renderPacesText(report, { distanceM: 10000, timeS: 2700 }, 'mi');
    expect(text).toContain('/mi');
    expect(text).not.toContain('/km');
  });
});
