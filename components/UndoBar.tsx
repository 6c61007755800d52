/** "N roles deleted — Undo": a polite live region with the undo button. */
export function UndoBar(props: { message: string; onUndo: () => void; onDismiss: () => void }) {
  return (
    <div className="jm-undo" role="status">
      <span>{props.message}</span>
      <button type="button" onClick={props.onUndo}>
        Undo
      </button>
      <button type="button" aria-label="Dismiss" onClick={props.onDismiss}>
        ×
      </button>
    </div>
  );
}
