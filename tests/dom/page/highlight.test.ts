import { beforeEach, describe, expect, it } from 'vitest';
import { extractText } from '@/utils/page/extract-text';
import { alignText, relocate } from '@/utils/highlight/align';
import { boundaryAt, rangesFor } from '@/utils/highlight/ranges';
import { clearHighlights, paintRanges, HIGHLIGHT_PRIORITY, type HighlightCtor } from '@/utils/highlight/paint';
import { highlightName, HIGHLIGHT_KINDS } from '@/utils/highlight/names';
import type { Highlight, HighlightKind } from '@/utils/types';

function hl(text: string, term: string, kind: HighlightKind = 'tech', from = 0): Highlight {
  const start = text.indexOf(term, from);
  if (start < 0) throw new Error(`${term} not in text`);
  return { start, end: start + term.length, kind, label: term };
}

describe('offsets to DOM ranges', () => {
  let root: HTMLElement;
  beforeEach(() => {
    document.body.innerHTML = ''; // test setup, not page text
    root = document.createElement('main');
    const p = document.createElement('p');
    const b = document.createElement('b');
    b.textContent = 'Node';
    p.append('We   use ', b, '.js and Go daily.');
    const ul = document.createElement('ul');
    for (const t of ['Rust', 'Kubernetes in production']) ul.append(Object.assign(document.createElement('li'), { textContent: t }));
    root.append(p, ul);
    document.body.append(root);
  });

  it('maps each highlight onto exactly its term, across element boundaries and collapsed spaces', () => {
    const ex = extractText(root, { withSegments: true });
    const list = [hl(ex.text, 'Node.js'), hl(ex.text, 'Go'), hl(ex.text, 'Rust'), hl(ex.text, 'Kubernetes', 'must')];
    const ranges = rangesFor(document, list, ex.segments!, 0);
    expect(ranges.get('tech')!.map((r) => r.toString())).toEqual(['Node.js', 'Go', 'Rust']);
    expect(ranges.get('must')!.map((r) => r.toString())).toEqual(['Kubernetes']);
  });

  it('moves starts and ends that fall on inserted block breaks into the neighbouring text', () => {
    const ex = extractText(root, { withSegments: true });
    const nl = ex.text.indexOf('\n');
    expect(nl).toBeGreaterThan(0);
    expect(boundaryAt(ex.segments!, nl, 'start')!.node.data).toBe('Rust');
    const end = boundaryAt(ex.segments!, nl + 1, 'end')!;
    expect(end.node.data.slice(0, end.offset)).toMatch(/daily\.$/);
  });

  it('skips highlights whose text left the document, and empty ones', () => {
    const ex = extractText(root, { withSegments: true });
    const list = [hl(ex.text, 'Rust'), { ...hl(ex.text, 'Go'), end: hl(ex.text, 'Go').start }];
    root.querySelector('ul')!.remove();
    expect(rangesFor(document, list, ex.segments!, 0).size).toBe(0);
  });

  it('aligns analysed text inside the extracted text, or relocates terms when it is not contiguous', () => {
    expect(alignText('b c', 'a\nb c\nd')).toBe(2);
    expect(alignText('same', 'same')).toBe(0);
    expect(alignText('zzz', 'a b')).toBeNull();
    const moved = relocate([hl('Go and Go', 'Go'), hl('Go and Go', 'Go', 'tech', 1)], 'Go and Go', 'We write Go, then Go.');
    expect(moved.map((h) => h.start)).toEqual([9, 18]);
  });
});

describe('the highlight registry', () => {
  class FakeHighlight extends Set<AbstractRange> {
    priority = 0;
  }
  const Ctor = FakeHighlight as unknown as HighlightCtor;

  it('adds to named highlights across passes, with priorities, and clears only ours', () => {
    const reg = new Map<string, FakeHighlight>([['site-own', new FakeHighlight()]]);
    const r1 = document.createRange();
    const r2 = document.createRange();
    paintRanges(reg as never, Ctor, new Map([['tech', [r1]], ['must', [r2]]]));
    paintRanges(reg as never, Ctor, new Map([['tech', [r2]]]));
    expect(reg.get('jobmark-tech')!.size).toBe(2);
    expect(reg.get('jobmark-tech')!.priority).toBe(HIGHLIGHT_PRIORITY.tech);
    expect(reg.get('jobmark-must')!.priority).toBeLessThan(HIGHLIGHT_PRIORITY.tech);
    clearHighlights(reg as never);
    expect([...reg.keys()]).toEqual(['site-own']);
  });

  it('names every kind jobmark-<kind>', () => {
    expect(HIGHLIGHT_KINDS.map(highlightName)).toEqual([
      'jobmark-must', 'jobmark-nice', 'jobmark-tech', 'jobmark-skill', 'jobmark-experience', 'jobmark-salary', 'jobmark-degree',
    ]);
  });
});
