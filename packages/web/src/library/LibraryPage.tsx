/**
 * Every exercise (filterable by equipment), every kind of session a plan holds, and the technique focuses,
 * with descriptions and cues.
 */
import { useState } from 'react';
import { EXERCISES, TECHNIQUE_FOCUSES, exerciseById } from '@speedwork/core';
import type { Exercise } from '@speedwork/core';
import { Choice, ChoiceGroup } from '../ui/field.js';
import { PageHeading } from '../ui/page-heading.js';
import { filterExercises } from './exercise-filter.js';
import { SESSION_KINDS } from './session-kinds.js';
import type { EquipmentFilter } from './exercise-filter.js';

const KIND_LABEL = { weights: 'Weights', plyometric: 'Plyometric', bodyweight: 'Bodyweight' } as const;
const FILTERS: { value: EquipmentFilter; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'none', label: 'No equipment' },
  { value: 'gym', label: 'Gym' },
];

function dose(e: Exercise): string {
  const amount =
    e.dose.durationS !== undefined
      ? `${e.dose.durationS} s`
      : e.dose.reps
        ? `${e.dose.reps.min}–${e.dose.reps.max} reps`
        : '';
  return `${e.dose.sets} sets × ${amount}, ${e.dose.load === 'light' ? 'light weight' : 'bodyweight'}`;
}

function ExerciseCard(props: { exercise: Exercise }) {
  const e = props.exercise;
  return (
    <article className="card exercise" aria-labelledby={`lib-${e.id}`}>
      <p className="eyebrow">
        {KIND_LABEL[e.kind]}
        {e.needsGym ? ' · gym' : ' · no gym needed'}
      </p>
      <h3 id={`lib-${e.id}`}>{e.name}</h3>
      <p className="dose">{dose(e)}</p>
      {e.substitutes ? (
        <p className="alt">No-gym stand-in for the {exerciseById(e.substitutes).name.toLowerCase()}.</p>
      ) : null}
      <p>{e.description}</p>
      <ol className="cues" aria-label={`How to do the ${e.name}`}>
        {e.cues.map((cue) => (
          <li key={cue}>{cue}</li>
        ))}
      </ol>
      <ul className="chips" aria-label="Trains">
        {e.trains.map((t) => (
          <li key={t} className="chip">
            {t}
          </li>
        ))}
      </ul>
      {e.equipment.length > 0 ? (
        <p className="muted">You need: {e.equipment.join(', ')}.</p>
      ) : (
        <p className="muted">You need: nothing but space.</p>
      )}
      {e.advancedVariant ? <p className="alt">Harder: {e.advancedVariant}</p> : null}
    </article>
  );
}

export default function LibraryPage() {
  const [filter, setFilter] = useState<EquipmentFilter>('all');
  const shown = filterExercises(EXERCISES, filter);
  return (
    <section className="page">
      <PageHeading title="Library" />
      <h2>Exercises</h2>
      <ChoiceGroup legend="Equipment" className="filters-group">
        {FILTERS.map((f) => (
          <Choice
            key={f.value}
            type="radio"
            name="equipment-filter"
            value={f.value}
            checked={filter === f.value}
            onChange={() => {
              setFilter(f.value);
            }}
          >
            {f.label}
          </Choice>
        ))}
      </ChoiceGroup>
      <p className="muted" role="status">
        {shown.length} exercises
      </p>
      <div className="library-grid">
        {shown.map((e) => (
          <ExerciseCard key={e.id} exercise={e} />
        ))}
      </div>
      <h2>Sessions in your plan</h2>
      <div className="library-grid">
        {SESSION_KINDS.map((kind) => (
          <article
            key={kind.id}
            className={`card exercise session-kind type-${kind.id}`}
            aria-labelledby={`kind-${kind.id}`}
          >
            <p className="eyebrow">
              {kind.id === 'strides' || kind.id === 'run-walk' ? 'Inside a run' : 'Session'}
            </p>
            <h3 id={`kind-${kind.id}`}>{kind.name}</h3>
            <p>{kind.what}</p>
            <p className="dose">{kind.feel}</p>
            <p className="muted">{kind.why}</p>
          </article>
        ))}
      </div>
      <h2>Technique</h2>
      <div className="library-grid">
        {TECHNIQUE_FOCUSES.map((focus) => (
          <article key={focus.id} className="card exercise" aria-labelledby={`tec-${focus.id}`}>
            <p className="eyebrow">Technique focus</p>
            <h3 id={`tec-${focus.id}`}>{focus.name}</h3>
            <p>{focus.summary}</p>
            <ul className="cues">
              {focus.cues.map((cue) => (
                <li key={cue}>{cue}</li>
              ))}
            </ul>
          </article>
        ))}
      </div>
    </section>
  );
}
