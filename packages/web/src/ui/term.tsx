/**
 * A word a runner may not know, with a short explanation one tap away where it appears ("VDOT", "a
 * moderate grade", "flat out"). A button, not a hover title: a phone has no hover.
 */
import { useId, useState } from 'react';
import type { ReactNode } from 'react';

/** The explanations, in a runner's words (grades as COACHING 4.3 defines them). */
export const GLOSSARY = {
  VDOT: 'A fitness score worked out from a race time: the higher, the faster you can run. Every pace in your plan comes from it.',
  gentle: 'A gentle grade is a slope of about 2–4 %: you notice it, but could jog up it chatting.',
  moderate:
    'A moderate grade is a slope of about 4–7 %: a clear climb that makes you work from the first steps.',
  steep: 'A steep grade is a slope of about 7–12 %: a hill most runners would walk up on an easy run.',
  'flat out': 'As fast as you can run: a sprint you can hold only for a few seconds.',
} as const;

export type TermName = keyof typeof GLOSSARY;

export function Term(props: { term: TermName; children?: ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <span className="term">
      {props.children ?? props.term}
      <button
        type="button"
        className="term-button"
        aria-expanded={open}
        aria-controls={id}
        aria-label={`What is ${props.term}?`}
        onClick={() => {
          setOpen((was) => !was);
        }}
      >
        ?
      </button>
      {open ? (
        <span id={id} className="term-definition">
          {GLOSSARY[props.term]}
        </span>
      ) : null}
    </span>
  );
}
