import type { Section, SectionKind } from '../types';
import { NICE_CUE, REQUIREMENT_CUE } from './cues';
import { classifyHeading } from './headings';
import type { Unit } from './units';

export interface SectionedUnit extends Unit {
  section: SectionKind;
  /** Under a 'context' heading such as "Who you are": requirements only if they read like ones. */
  context: boolean;
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
      if (inReq && (REQUIREMENT_CUE.test(low) || NICE_CUE.test(low))) {
        out.push({ ...u, kind: 'item', section: kind, context });
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
    out.push({ ...u, section: kind, context });
  }
  closeLast(sections, text.length);
  return { sections, units: out };
}

/** Ends the open section just before `at`, trimming the line break between sections. */
function closeLast(sections: Section[], at: number): void {
  const last = sections[sections.length - 1];
  if (last) last.end = Math.max(last.start, at);
}
