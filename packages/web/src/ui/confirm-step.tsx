/**
 * An action asked for twice: its button, then "Yes, …" beside Cancel. The caller owns `confirming` (it may
 * close the question itself once the action is done) and runs the action.
 */
export function ConfirmStep(props: {
  /** The first button: "Regenerate plan". */
  label: string;
  /** The second: "Yes, build a new plan". */
  yesLabel: string;
  /** The second while the action runs: "Building…". */
  busyLabel: string;
  busy: boolean;
  confirming: boolean;
  /** A second button that signs out or deletes: red. */
  danger?: boolean;
  onConfirmingChange: (confirming: boolean) => void;
  onConfirm: () => void;
}) {
  if (!props.confirming)
    return (
      <button
        type="button"
        className="button"
        onClick={() => {
          props.onConfirmingChange(true);
        }}
      >
        {props.label}
      </button>
    );
  return (
    <div className="actions">
      <button
        type="button"
        className={`button ${props.danger ? 'button-danger' : 'button-primary'}`}
        disabled={props.busy}
        onClick={props.onConfirm}
      >
        {props.busy ? props.busyLabel : props.yesLabel}
      </button>
      <button
        type="button"
        className="button"
        onClick={() => {
          props.onConfirmingChange(false);
        }}
      >
        Cancel
      </button>
    </div>
  );
}
