/**
 * The profile's fields, grouped as onboarding asks for them. Settings shows the same groups on one page.
 * Each field shows core's message for it, as `errorFor` decides.
 */
import { WEEKDAYS, distanceLabel, formatClock, parseDistanceM } from '@speedwork/core';
import type { Equipment, Level, Units } from '@speedwork/core';
import { Choice, ChoiceGroup, Field, RadioChoices } from '../ui/field.js';
import type { RadioOption } from '../ui/field.js';
import { DISTANCE_CHOICES, livePaces, switchUnits } from './profile-form.js';
import type { ProfileForm } from './profile-form.js';
import { dateInWords, normalizeRaceTime } from '../units/pace-display.js';

export interface FieldsProps {
  form: ProfileForm;
  update: (patch: Partial<ProfileForm>) => void;
  errorFor: (field: string) => string | undefined;
  touch: (field: string) => void;
}

const WEEKDAY_NAMES: Record<string, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

function DistanceSelect(props: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  describedBy?: string | undefined;
}) {
  const known = DISTANCE_CHOICES.some((d) => d.value === props.value);
  return (
    <select
      id={props.id}
      aria-describedby={props.describedBy}
      value={known ? props.value : 'other'}
      onChange={(e) => {
        props.onChange(e.target.value === 'other' ? '800m' : e.target.value);
      }}
    >
      {DISTANCE_CHOICES.map((d) => (
        <option key={d.value} value={d.value}>
          {d.label}
        </option>
      ))}
      <option value="other">Other, in metres</option>
    </select>
  );
}

function MetresInput(props: FieldsProps & { which: 'recent' | 'goal' }) {
  const key = props.which === 'recent' ? 'recentDistance' : 'goalDistance';
  const value = props.form[key];
  if (DISTANCE_CHOICES.some((d) => d.value === value)) return null;
  return (
    <Field
      label="Distance in metres"
      hint="A track or road distance from 800 m, such as 800m or 2000m."
      error={props.errorFor(`${props.which}.distance`)}
    >
      {(ids) => (
        <input
          id={ids.id}
          aria-describedby={ids.describedBy}
          aria-invalid={ids.invalid}
          inputMode="numeric"
          value={value}
          onChange={(e) => {
            props.update({ [key]: e.target.value });
          }}
          onBlur={(e) => {
            const digits = e.target.value.trim();
            if (/^\d+$/.test(digits)) props.update({ [key]: `${digits}m` });
            props.touch(`${props.which}.distance`);
          }}
        />
      )}
    </Field>
  );
}

function TimeInput(props: FieldsProps & { which: 'recent' | 'goal'; label: string; hint: string }) {
  const key = props.which === 'recent' ? 'recentTime' : 'goalTime';
  return (
    <Field label={props.label} hint={props.hint} error={props.errorFor(`${props.which}.time`)}>
      {(ids) => (
        <input
          id={ids.id}
          aria-describedby={ids.describedBy}
          aria-invalid={ids.invalid}
          className="input-time"
          inputMode="text"
          autoComplete="off"
          spellCheck={false}
          placeholder={props.which === 'recent' ? '25:00' : '23:30'}
          value={props.form[key]}
          onChange={(e) => {
            props.update({ [key]: e.target.value });
          }}
          onBlur={(e) => {
            const normalized = normalizeRaceTime(e.target.value);
            if (normalized !== e.target.value) props.update({ [key]: normalized });
            props.touch(`${props.which}.time`);
          }}
        />
      )}
    </Field>
  );
}

export function RaceFields(props: FieldsProps) {
  return (
    <>
      <div className="field-row">
        <Field
          label="Distance"
          error={
            props.errorFor('recent.distance') &&
            DISTANCE_CHOICES.some((d) => d.value === props.form.recentDistance)
              ? props.errorFor('recent.distance')
              : undefined
          }
        >
          {(ids) => (
            <DistanceSelect
              id={ids.id}
              describedBy={ids.describedBy}
              value={props.form.recentDistance}
              onChange={(recentDistance) => {
                props.update({ recentDistance });
              }}
            />
          )}
        </Field>
        <TimeInput {...props} which="recent" label="Time" hint="As on the clock: 25:00 or 1:45:30." />
      </div>
      <MetresInput {...props} which="recent" />
    </>
  );
}

export function GoalFields(props: FieldsProps) {
  const { form, update } = props;
  const live = livePaces(form);
  const goalM = parseDistanceM(form.goalDistance);
  const predicted =
    live && goalM !== undefined ? live.report.equivalents.find((e) => e.distanceM === goalM) : undefined;
  return (
    <>
      <label className="switch">
        <input
          type="checkbox"
          checked={form.hasGoal}
          onChange={(e) => {
            update({ hasGoal: e.target.checked });
          }}
        />
        <span>I have a goal race</span>
      </label>
      {form.hasGoal ? (
        <>
          <div className="field-row">
            <Field label="Goal distance">
              {(ids) => (
                <DistanceSelect
                  id={ids.id}
                  value={form.goalDistance}
                  onChange={(goalDistance) => {
                    update({ goalDistance });
                  }}
                />
              )}
            </Field>
            <TimeInput {...props} which="goal" label="Goal time" hint="The time you want to run." />
          </div>
          <MetresInput {...props} which="goal" />
          {predicted && goalM !== undefined ? (
            <p className="hint-box">
              Your recent race predicts <strong>{formatClock(predicted.timeS)}</strong> for the{' '}
              {distanceLabel(goalM)} today.
            </p>
          ) : null}
          <Field
            label="Race date"
            hint={
              dateInWords(form.raceDate) && !props.errorFor('raceDate')
                ? `${dateInWords(form.raceDate)}. The plan ends on race day, with a taper before it.`
                : 'Optional. With a date the plan ends on race day, with a taper before it.'
            }
            error={props.errorFor('raceDate')}
          >
            {(ids) => (
              <input
                id={ids.id}
                aria-describedby={ids.describedBy}
                aria-invalid={ids.invalid}
                type="date"
                value={form.raceDate}
                onChange={(e) => {
                  update({ raceDate: e.target.value });
                }}
                onBlur={() => {
                  props.touch('raceDate');
                }}
              />
            )}
          </Field>
        </>
      ) : null}
      <div className="field-row">
        <Field
          label="Start date"
          hint={props.errorFor('start') ? undefined : dateInWords(form.start)}
          error={props.errorFor('start')}
        >
          {(ids) => (
            <input
              id={ids.id}
              aria-describedby={ids.describedBy}
              aria-invalid={ids.invalid}
              type="date"
              value={form.start}
              onChange={(e) => {
                update({ start: e.target.value });
              }}
              onBlur={() => {
                props.touch('start');
              }}
            />
          )}
        </Field>
        {form.hasGoal && form.raceDate !== '' ? null : (
          <Field label="Weeks" hint="2 to 52." error={props.errorFor('weeks')}>
            {(ids) => (
              <input
                id={ids.id}
                aria-describedby={ids.describedBy}
                aria-invalid={ids.invalid}
                inputMode="numeric"
                value={form.weeks}
                onChange={(e) => {
                  update({ weeks: e.target.value });
                }}
                onBlur={() => {
                  props.touch('weeks');
                }}
              />
            )}
          </Field>
        )}
      </div>
    </>
  );
}

export function DaysFields(props: FieldsProps) {
  const { form, update } = props;
  return (
    <ChoiceGroup
      legend="Days you can train"
      hint="Pick at least one. Three or four days fit strength, track, hills and rest well."
      error={props.errorFor('days')}
      className="days"
    >
      {WEEKDAYS.map((day) => (
        <Choice
          key={day}
          type="checkbox"
          name="days"
          value={day}
          checked={form.days.includes(day)}
          onChange={(checked) => {
            const days = checked ? [...form.days, day] : form.days.filter((d) => d !== day);
            update({ days: WEEKDAYS.filter((d) => days.includes(d)) });
            props.touch('days');
          }}
        >
          <span aria-hidden="true">{day.charAt(0).toUpperCase() + day.slice(1, 3)}</span>
          <span className="visually-hidden">{WEEKDAY_NAMES[day]}</span>
        </Choice>
      ))}
    </ChoiceGroup>
  );
}

type Option<T extends string> = RadioOption<T> & { detail: string };

const EQUIPMENT: Option<Equipment>[] = [
  { value: 'gym', label: 'Gym', detail: 'A barbell with light plates and a rack.' },
  { value: 'none', label: 'No equipment', detail: 'Bodyweight versions; a bench, step or stair as the box.' },
];
const LEVELS: Option<Level>[] = [
  { value: 'beginner', label: 'Beginner', detail: 'New to fast running or strength work.' },
  { value: 'intermediate', label: 'Intermediate', detail: 'You race and have done some intervals.' },
  { value: 'advanced', label: 'Advanced', detail: 'Regular track work and jumps.' },
];
const UNITS: Option<Units>[] = [
  { value: 'km', label: 'Kilometres', detail: 'Paces per km' },
  { value: 'mi', label: 'Miles', detail: 'Paces per mile' },
];

export function SetupFields(props: FieldsProps) {
  const { form, update } = props;
  return (
    <>
      <RadioChoices
        legend="Equipment"
        name="equipment"
        options={EQUIPMENT}
        value={form.equipment}
        onChoose={(equipment) => {
          update({ equipment });
        }}
        error={props.errorFor('equipment')}
      />
      <RadioChoices
        legend="Level"
        name="level"
        options={LEVELS}
        value={form.level}
        onChoose={(level) => {
          update({ level });
        }}
        error={props.errorFor('level')}
      />
      <RadioChoices
        legend="Units"
        name="units"
        options={UNITS}
        value={form.units}
        onChoose={(units) => {
          update(switchUnits(form, units));
        }}
        error={props.errorFor('units')}
        className="choices-inline"
      />
    </>
  );
}

/** One of the two "running now" questions: a distance in the runner's units, or "I don't know". */
function CurrentDistance(
  props: FieldsProps & {
    field: 'current.weeklyDistanceM' | 'current.longestRunM';
    text: 'weeklyDistance' | 'longestRun';
    unknown: 'weeklyUnknown' | 'longestUnknown';
    label: string;
    hint: string;
    placeholder: string;
  },
) {
  const { form, update } = props;
  const unknown = form[props.unknown];
  const unit = form.units === 'km' ? 'km' : 'mi';
  return (
    <div className="current-question">
      <Field label={props.label} hint={props.hint} error={props.errorFor(props.field)}>
        {(ids) => (
          <span className="input-with-unit">
            <input
              id={ids.id}
              aria-describedby={ids.describedBy}
              aria-invalid={ids.invalid}
              inputMode="decimal"
              autoComplete="off"
              placeholder={unknown ? '' : props.placeholder}
              disabled={unknown}
              value={unknown ? '' : form[props.text]}
              onChange={(e) => {
                update({ [props.text]: e.target.value });
              }}
              onBlur={() => {
                props.touch(props.field);
              }}
            />
            <span className="unit" aria-hidden="true">
              {unit}
            </span>
          </span>
        )}
      </Field>
      <label className="switch">
        <input
          type="checkbox"
          checked={unknown}
          onChange={(e) => {
            update({ [props.unknown]: e.target.checked });
            props.touch(props.field);
          }}
        />
        <span>I don't know</span>
      </label>
    </div>
  );
}

/**
 * The runner's training now (R-VOL-1): the plan starts from it. Either answer may be "I don't know"; the
 * plan then assumes a volume from the level and the race, and says so.
 */
export function CurrentFields(props: FieldsProps) {
  const unitWord = props.form.units === 'km' ? 'kilometres' : 'miles';
  return (
    <>
      <CurrentDistance
        {...props}
        field="current.weeklyDistanceM"
        text="weeklyDistance"
        unknown="weeklyUnknown"
        label="How far do you run in a typical week now?"
        hint={`All your runs of an ordinary week, in ${unitWord}. Your plan starts close to it, then builds.`}
        placeholder={props.form.units === 'km' ? '25' : '15'}
      />
      <CurrentDistance
        {...props}
        field="current.longestRunM"
        text="longestRun"
        unknown="longestUnknown"
        label="Your longest run in the last month?"
        hint="Your first long run is only a little longer than this."
        placeholder={props.form.units === 'km' ? '10' : '6'}
      />
    </>
  );
}
