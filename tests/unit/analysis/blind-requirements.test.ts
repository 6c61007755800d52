// Requirement shapes found by the blind fixture set: tables with a level column, "You …" paragraphs, and a nice
// clause tacked onto a must item.
import { describe, expect, it } from 'vitest';
import { analyzeSnapshot } from '../../../utils/analysis/analyze-snapshot';
import type { PageSnapshot, TextBlock } from '../../../utils/types';
import { snapshotFromBlocks, snapshotFromLines } from './helpers';

/** A snapshot whose lines are [kind, text] pairs, so table cells can be written. */
const snapshot = (lines: ReadonlyArray<readonly [TextBlock['kind'], string]>): PageSnapshot => snapshotFromBlocks(lines);

describe('requirements in a table with a level column', () => {
  const a = analyzeSnapshot(snapshot([
    ['heading', 'Requirements'],
    ['cell', 'Skill'], ['cell', 'Level'],
    ['cell', '5+ yrs in operations or SRE roles'], ['cell', 'Required'],
    ['cell', 'Kubernetes and Docker in production'], ['cell', 'Required'],
    ['cell', 'Monitoring with Prometheus'], ['cell', 'Preferred'],
    ['heading', 'Pay range'],
    ['para', '$105,000 - $128,000 annually.'],
  ]));

  it('takes each row as one requirement, its level cell deciding must or nice', () => {
    expect(a.requirements.map((r) => [r.text, r.kind])).toEqual([
      ['5+ yrs in operations or SRE roles', 'must'],
      ['Kubernetes and Docker in production', 'must'],
      ['Monitoring with Prometheus', 'nice'],
    ]);
  });

  it('keeps the section a must section (a level cell is not a heading) and reads the years', () => {
    expect(a.sections.map((s) => s.kind)).toEqual(['must', 'benefits']);
    expect(a.experienceYears).toEqual({ min: 5, max: null });
  });
});

describe('sentences about the reader under a requirements heading', () => {
  it('takes present-tense "You …" sentences as requirements, not future-tense ones', () => {
    const a = analyzeSnapshot(snapshotFromLines([
      '# About you',
      'You have built backend services in Go. You are comfortable writing SQL by hand. ' +
        'You write clearly and often. You will join a team of four.',
    ]));
    expect(a.requirements.map((r) => r.text)).toEqual([
      'You have built backend services in Go.',
      'You are comfortable writing SQL by hand.',
      'You write clearly and often.',
    ]);
  });
});

describe('a nice clause added to a must item', () => {
  it('keeps the item a must when the nice cue only qualifies a later clause with its own subject', () => {
    const a = analyzeSnapshot(snapshotFromLines([
      '# Requirements', '- Good English; German is a plus.', '- Experience with Kafka; a plus.', '- Rust is a plus',
    ]));
    expect(a.requirements.map((r) => r.kind)).toEqual(['must', 'nice', 'nice']);
  });
});
