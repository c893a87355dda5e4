/**
 * A read-only value with a Copy button (a calendar link): the clipboard when the browser lets us write to
 * it, and otherwise the text selected, so the phone's own copy menu takes it in one tap.
 */
import { useEffect, useId, useRef, useState } from 'react';

/** What the last press did, and to which value: a new value (a new link) starts at "Copy" again. */
type Copied = { how: 'copied' | 'selected'; value: string } | undefined;

/** How long "Copied" stays on the button before it reads "Copy" again. */
const COPIED_SHOWN_MS = 4000;

export function CopyField(props: { label: string; value: string }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [pressed, setCopied] = useState<Copied>(undefined);
  const copied = pressed?.value === props.value ? pressed.how : undefined;
  useEffect(() => {
    if (copied !== 'copied') return;
    const timer = window.setTimeout(() => {
      setCopied(undefined);
    }, COPIED_SHOWN_MS);
    return () => {
      window.clearTimeout(timer);
    };
  }, [copied]);

  const select = (): void => {
    input.current?.focus();
    input.current?.select();
  };
  const copy = async (): Promise<void> => {
    try {
      // Missing on plain-http pages and in some in-app browsers; refused without permission.
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(props.value);
      setCopied({ how: 'copied', value: props.value });
    } catch {
      select();
      setCopied({ how: 'selected', value: props.value });
    }
  };
  return (
    <div className="field copy-field">
      <label htmlFor={id}>{props.label}</label>
      <div className="input-with-button">
        <input id={id} ref={input} readOnly value={props.value} onFocus={select} />
        <button type="button" className="button" onClick={() => void copy()}>
          {copied === 'copied' ? 'Copied ✓' : 'Copy'}
        </button>
      </div>
      <p className="field-hint" role="status">
        {copied === 'copied'
          ? 'Copied to your clipboard.'
          : copied === 'selected'
            ? 'Selected: copy it with your keyboard or your phone’s copy menu.'
            : ''}
      </p>
    </div>
  );
}
