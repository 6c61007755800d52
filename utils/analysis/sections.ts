import type { Section, SectionKind } from '../types';
import { NICE_CUE, REQUIREMENT_CUE } from './cues';
import { classifyHeading } from './headings';
import type { Unit } from './units';

/** "Technical skills" under Requirements is a sub-heading; "Experience with Kafka streams" is an item. */
const MIN_DEMOTED_WORDS = 3;
const wordCount = (s: string): number => s.split(/\s+/u).filter(Boolean).length;

export interface SectionedUnit extends Unit {
  section: SectionKind;
  /** Under a 'context' heading such as "Who you are": requirements only if they read like ones. */
  context: boolean;
  /** Index into the sections list; -1 before the first section. */
  sectionIndex: number;
}

/**
 * Splits the posting into sections at headings and tags every unit with its section's kind. Inside requirements, an
 * unknown heading nested deeper ("Technical" under "Requirements") keeps the section, and one that reads like a
 * requirement is taken as an item.
 * @example splitSections('Requirements\n- Go', units).sections[0].kind // 'must'
 */
export function splitSections(text: string, units: readonly Unit[]): { sections: Section[]; units: SectionedUnit[] } {
  const sections: Section[] = [];
  const out: SectionedUnit[] = [];
  let kind: SectionKind = 'other';
  let context = false;
  let level = 0;
  for (const u of units) {
    if (u.kind === 'heading') {
      const heading = text.slice(u.start, u.end);
      const hk = classifyHeading(heading);
      const inReq = hk === null && (kind === 'must' || kind === 'nice');
      // A short unpunctuated bullet-less line ("Experience with Kafka") is often guessed to be a heading.
      const low = heading.toLowerCase();
      if (inReq && wordCount(low) >= MIN_DEMOTED_WORDS && (REQUIREMENT_CUE.test(low) || NICE_CUE.test(low))) {
        out.push({ ...u, kind: 'item', section: kind, context, sectionIndex: sections.length - 1 });
        continue;
      }
      if (!(inReq && u.level > level)) {
        kind = hk === null ? 'other' : hk === 'context' ? 'must' : hk;
        context = hk === 'context';
        level = u.level;
        closeLast(sections, u.start);
        sections.push({ kind, start: u.start, end: text.length, heading });
      }
    } else if (!sections.length) {
      sections.push({ kind: 'other', start: u.start, end: text.length, heading: null });
    }
    out.push({ ...u, section: kind, context, sectionIndex: sections.length - 1 });
  }
  closeLast(sections, text.length);
  promoteRequirementLists(text, sections, out);
  return { sections, units: out };
}

/** Ends the open section just before `at`, trimming the line break between sections. */
function closeLast(sections: Section[], at: number): void {
  const last = sections[sections.length - 1];
  if (last) last.end = Math.max(last.start, at);
}

const MIN_LIST = 2;
const REQUIREMENT_SHARE = 0.6;

/**
 * A section under a heading we do not know ("You might be a fit if you have", "Skills we value") whose list items
 * mostly read like requirements becomes a must section.
 */
function promoteRequirementLists(text: string, sections: Section[], units: SectionedUnit[]): void {
  let u = 0;
  for (const s of sections) {
    while (u < units.length && (units[u] as SectionedUnit).start < s.start) u++;
    if (s.kind !== 'other' || s.heading === null) continue;
    let items = 0;
    let reqLike = 0;
    let k = u;
    for (; k < units.length && (units[k] as SectionedUnit).start < s.end; k++) {
      const unit = units[k] as SectionedUnit;
      if (unit.kind !== 'item') continue;
      items++;
      if (REQUIREMENT_CUE.test(text.slice(unit.start, unit.end).toLowerCase())) reqLike++;
    }
    if (items < MIN_LIST || reqLike < items * REQUIREMENT_SHARE) continue;
    s.kind = 'must';
    for (let i = u; i < k; i++) (units[i] as SectionedUnit).section = 'must';
  }
}
