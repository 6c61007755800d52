import type { Highlight } from '@/utils/types';
import { highlightSegments } from '@/utils/store/segments';

/** The saved posting's text with its highlights; React puts it in as text nodes, never as markup. */
export function SnapshotText(props: { text: string; highlights: readonly Highlight[] }) {
  if (!props.text) return <p className="jm-muted">No page text was kept for this role.</p>;
  return (
    <div className="jm-snapshot" aria-label="Saved posting text">
      {highlightSegments(props.text, props.highlights).map((s, i) =>
        s.kind ? (
          <mark key={i} className={`jm-hl jm-hl-${s.kind}`} title={s.label}>
            {s.text}
          </mark>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </div>
  );
}
