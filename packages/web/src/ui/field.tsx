/**
 * A labelled form field with its hint and its error, wired for screen readers: the input is described by
 * the hint and the error, and marked invalid while the error shows.
 */
import { useId } from 'react';
import type { ReactNode } from 'react';

export interface FieldIds {
  id: string;
  describedBy: string | undefined;
  invalid: boolean;
}

export function Field(props: {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  className?: string;
  children: (ids: FieldIds) => ReactNode;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy =
    [props.hint ? hintId : '', props.error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field ${props.className ?? ''}${props.error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{props.label}</label>
      {props.children({ id, describedBy, invalid: Boolean(props.error) })}
      {props.hint ? (
        <p className="field-hint" id={hintId}>
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p className="field-error" id={errorId}>
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

/** A group of radio buttons or checkboxes with a legend, styled as large tap targets. */
export function ChoiceGroup(props: {
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  className?: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <fieldset
      className={`choice-group ${props.className ?? ''}${props.error ? ' field-invalid' : ''}`}
      aria-describedby={
        [props.hint ? `${id}-hint` : '', props.error ? `${id}-error` : ''].filter(Boolean).join(' ') ||
        undefined
      }
    >
      <legend>{props.legend}</legend>
      {props.hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      <div className="choices">{props.children}</div>
      {props.error ? (
        <p className="field-error" id={`${id}-error`}>
          {props.error}
        </p>
      ) : null}
    </fieldset>
  );
}

export function Choice(props: {
  type: 'radio' | 'checkbox';
  name: string;
  value: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  children: ReactNode;
  detail?: ReactNode;
}) {
  return (
    <label className={`choice${props.checked ? ' choice-on' : ''}`}>
      <input
        type={props.type}
        name={props.name}
        value={props.value}
        checked={props.checked}
        onChange={(event) => {
          props.onChange(event.target.checked);
        }}
      />
      <span className="choice-text">
        {props.children}
        {props.detail ? <span className="choice-detail">{props.detail}</span> : null}
      </span>
    </label>
  );
}

/** One option of a radio group: its value, its words, and a line more where the choice needs it. */
export interface RadioOption<T extends string> {
  value: T;
  label: string;
  detail?: string;
}

/** A radio group: the options, the one chosen, and what choosing does. */
export function RadioChoices<T extends string>(props: {
  legend: string;
  name: string;
  options: readonly RadioOption<T>[];
  value: T;
  onChoose: (value: T) => void;
  error?: string | undefined;
  className?: string;
}) {
  return (
    <ChoiceGroup
      legend={props.legend}
      error={props.error}
      {...(props.className ? { className: props.className } : {})}
    >
      {props.options.map((o) => (
        <Choice
          key={o.value}
          type="radio"
          name={props.name}
          value={o.value}
          checked={props.value === o.value}
          detail={o.detail}
          onChange={() => {
            props.onChoose(o.value);
          }}
        >
          {o.label}
        </Choice>
      ))}
    </ChoiceGroup>
  );
}
