// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  EASY_WITH_STRIDES,
  INTERVALS,
  LONG_RUN,
  RUN_WALK,
  STRENGTH_AFTER_RUN,
  TEMPO,
} from '../plan/whole-week.test-support.js';
import { RunningPrescription, SessionNotes, StrengthPrescription } from './Prescription.js';

afterEach(cleanup);

const steps = (): string[] =>
  within(screen.getByRole('region', { name: 'The run' }))
    .getAllByRole('listitem')
    .filter((li) => li.classList.contains('step'))
    .map((li) => li.textContent);

describe('RunningPrescription', () => {
  it('R-LNG-1: a long run shows its easy pace band, the marathon block inside it and the fuelling note', () => {
    render(
      <>
        <RunningPrescription session={LONG_RUN} units="km" />
        <SessionNotes notes={LONG_RUN.notes} />
      </>,
    );
    expect(steps()).toEqual([
      expect.stringMatching(/^1.*10 km easy.*At 5:50–6:30\/km: you can talk in sentences\./),
      expect.stringMatching(/^2.*6 km at marathon pace.*At 5:10\/km: steady and controlled/),
      expect.stringMatching(/^3.*2 km easy/),
    ]);
    expect(screen.getByRole('region', { name: 'Notes for the day' }).textContent).toContain(
      'Take a gel or sports drink every 30–40 minutes',
    );
  });

  it('R-QUA-1: tempo shows drills in the warm-up, each cruise interval and how far it goes', () => {
    render(<RunningPrescription session={TEMPO} units="km" />);
    const all = steps();
    expect(all[0]).toMatch(/Warm up: 2 km easy jog.*drills/);
    expect(all[1]).toMatch(
      /3 × 10 min at threshold.*At 4:50\/km: comfortably hard.*About 2.1 km each\..*Jog 1 min between reps/,
    );
    expect(all[2]).toMatch(/Cool down: 1.6 km easy jog/);
    expect(screen.getAllByText(/^Rep \d$/)).toHaveLength(3);
  });

  it('R-QUA-2: intervals list each rep with its split, in miles too', () => {
    render(<RunningPrescription session={INTERVALS} units="mi" />);
    expect(steps()[1]).toMatch(/5 × 1000 m at interval pace.*At 7:10\/mi.*About 4:27 per rep\./);
    expect(steps()[0]).toMatch(/Warm up: 1¼ miles easy jog/);
    expect(screen.getAllByText(/^Rep \d$/)).toHaveLength(5);
  });

  it('R-DAY-1: strides close the easy run', () => {
    render(<RunningPrescription session={EASY_WITH_STRIDES} units="km" />);
    expect(steps()).toEqual([
      expect.stringMatching(/40 min easy/),
      expect.stringMatching(/Strides: 6 × 20 s.*quick and relaxed/),
    ]);
  });

  it('R-REC-6: a run–walk easy run states its ratio', () => {
    render(<RunningPrescription session={RUN_WALK} units="km" />);
    expect(screen.getByText(/Run–walk: run 2 min, walk 1 min, and repeat\./)).toBeTruthy();
  });
});

describe('StrengthPrescription', () => {
  it('R-DAY-1: after a run on the same day, the run is the warm-up', () => {
    render(
      <StrengthPrescription session={STRENGTH_AFTER_RUN} level="intermediate" afterRun={EASY_WITH_STRIDES} />,
    );
    expect(screen.getByText(/After your run.*the run is your warm-up/)).toBeTruthy();
  });
});
