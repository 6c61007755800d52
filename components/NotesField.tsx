import { useEffect, useRef, useState } from 'react';

/**
 * A notes textarea that keeps its own draft while focused, so a live update from another tab never moves the
 * caret under the user's fingers; every change is handed to `onEdit` at once (the caller decides how to write).
 */
export function NotesField(props: { roleId: number; value: string; onEdit: (notes: string) => void; label: string; rows?: number }) {
  const [draft, setDraft] = useState(props.value);
  const focused = useRef(false);
  const lastRole = useRef(props.roleId);
  useEffect(() => {
    if (lastRole.current !== props.roleId || !focused.current) setDraft(props.value);
    lastRole.current = props.roleId;
  }, [props.roleId, props.value]);
  return (
    <textarea
      aria-label={props.label}
      className="jm-notes"
      rows={props.rows ?? 4}
      value={draft}
      placeholder="Notes: contacts, dates, what to ask…"
      onFocus={() => (focused.current = true)}
      onBlur={() => (focused.current = false)}
      onChange={(e) => {
        setDraft(e.currentTarget.value);
        props.onEdit(e.currentTarget.value);
      }}
    />
  );
}
