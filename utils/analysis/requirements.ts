import type { Requirement } from '../types';
import type { TechHit } from '../tech/find-tech';
import { INTRO_LINE, META_CUE, NICE_CUE, PARTIAL_NICE, READER_CUE, REQUIREMENT_CUE } from './cues';
import type { SectionedUnit } from './sections';
import { splitSentences, type Span } from './sentences';
import type { YearsHit } from './years';

/** Sentences need a few words; a bullet may be one name ("C++ experience", "Kubernetes"). */
const MIN_SENTENCE_WORDS = 3;
const WORD = /\S+/gu;

function wordCount(s: string): number {
  return s.match(WORD)?.length ?? 0;
}

/** Spans that may be requirements: bullets whole, paragraphs sentence by sentence. */
function candidates(text: string, u: SectionedUnit): Span[] {
  return u.kind === 'item' || u.cell ? [{ start: u.start, end: u.end }] : splitSentences(text, u.start, u.end);
}

/** A table cell that is a requirement row's text, not a header ("Skill", "Level"). */
const MIN_CELL_WORDS = 2;

/**
 * Requirement items with must/nice. Inside must/nice sections: every bullet, and paragraph sentences that are not
 * about the list itself. With no such section at all: bullets and sentences outside about/benefits/responsibilities
 * that read like requirements.
 * @example extractRequirements(text, units) // [{text:'5+ years of Go', kind:'must', start, end}]
 */
export function extractRequirements(text: string, units: readonly SectionedUnit[]): Requirement[] {
  const hasSections = units.some((u) => u.kind !== 'heading' && (u.section === 'must' || u.section === 'nice'));
  // In a section with a list, paragraphs are intro or outro ("Salary is competitive…"), not requirements.
  const listSections = new Set(units.filter((u) => u.kind === 'item').map((u) => u.sectionIndex));
  const out: Requirement[] = [];
  let lastFromCell = -1;
  for (const u of units) {
    if (u.kind === 'heading') continue;
    const inReq = u.section === 'must' || u.section === 'nice';
    if (u.rates) {
      // "Required" / "Preferred" in the cell after a requirement row rates that row.
      const prev = out[out.length - 1];
      if (prev && lastFromCell === out.length - 1) prev.kind = u.rates;
      continue;
    }
    if (hasSections ? !inReq : u.section !== 'other') continue;
    const itemLike = u.kind === 'item' || (u.cell === true && wordCount(text.slice(u.start, u.end)) >= MIN_CELL_WORDS);
    if (u.cell && !itemLike) continue;
    if (hasSections && !itemLike && listSections.has(u.sectionIndex)) continue;
    for (const span of candidates(text, u)) {
      const s = text.slice(span.start, span.end);
      const low = s.toLowerCase();
      if ((!itemLike && wordCount(s) < MIN_SENTENCE_WORDS) || INTRO_LINE.test(s) || META_CUE.test(low)) continue;
      const strict = !hasSections || !itemLike;
      // Under a requirements heading, a sentence about the reader is one ("You write clearly.").
      const aboutReader = hasSections && inReq && READER_CUE.test(low);
      if (strict && !aboutReader && !REQUIREMENT_CUE.test(low) && !NICE_CUE.test(low)) continue;
      const kind = u.section === 'nice' || isNice(low) ? 'nice' : 'must';
      out.push({ text: s, kind, start: span.start, end: span.end });
      if (u.cell) lastFromCell = out.length - 1;
    }
  }
  return out;
}

/** Where a clause starts inside an item: after "; ", ". " or a spaced dash. */
const CLAUSE_BREAK = /[;.]\s+|\s[–—]\s/gu;
/** Words that don't make a clause its own subject ("; also a plus", "; would be a plus"). */
const FILLER = /(?<![\p{L}])(?:is|are|also|would|will|be|a|an|even|very|big|huge)(?![\p{L}])/gu;

/**
 * A nice cue makes the item nice, except a qualifier inside it ("6+ years, ideally in B2B software") and a cue that
 * closes a later clause about something else ("Good English; German is a plus").
 */
function isNice(low: string): boolean {
  const m = NICE_CUE.exec(low);
  if (m === null || (PARTIAL_NICE.test(m[0]) && m.index > 0)) return false;
  let clauseStart = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let b = CLAUSE_BREAK.exec(low); b && b.index < m.index; b = CLAUSE_BREAK.exec(low)) clauseStart = b.index + b[0].length;
  if (clauseStart === 0 || NICE_CUE.test(low.slice(0, clauseStart))) return true;
  return !/\p{L}{2,}/u.test(low.slice(clauseStart, m.index).replace(FILLER, ''));
}

const SKILL_AFTER = /^\s*(?:'|’)?\s*(?:of\s+)?(?:(?:professional|relevant|industry|hands-on|commercial|practical|proven|working|production|software)\s+)*(?:(?:work\s+)?experience\s+)?(?:of|in|with|using|as|building|on)\s+(?:an?\s+|the\s+)?([\p{L}\d][\p{L}\d+#./-]*(?:\s+[\p{L}\d][\p{L}\d+#./-]*){0,3})/iu;
const SKILL_STOP = /\s+(?:and|or|with|in|to|for|at|on|as|of|from|that|which|using|including|role|roles|environment|environments|position|setting|settings|team|teams|company|companies|field|fields|experience)(?:\s|$).*$/iu;

/** "5+ years of Go" → "Go": a tech hit in the item (after the years first), else the noun after "of/in/with". */
function attributeSkill(text: string, y: YearsHit, req: Requirement, inItem: readonly TechHit[]): string | undefined {
  const hit = inItem.find((t) => t.start >= y.end) ?? inItem[0];
  if (hit) return hit.name;
  const m = SKILL_AFTER.exec(text.slice(y.end, req.end));
  const phrase = m?.[1]?.replace(SKILL_STOP, '').replace(/[.,;:)]+$/u, '').trim();
  return phrase && !/^(?:experience|professional|years?)$/iu.test(phrase) ? phrase : undefined;
}

/**
 * Gives each requirement the first years phrase inside it that reads as experience, and the skill it is for.
 * Years hits, tech hits and requirements are all sorted, so this is one merge pass.
 */
export function attachYears(text: string, reqs: Requirement[], years: readonly YearsHit[], tech: readonly TechHit[]): YearsHit[] {
  const used: YearsHit[] = [];
  let j = 0;
  let t = 0;
  for (const r of reqs) {
    while (j < years.length && (years[j] as YearsHit).start < r.start) j++;
    while (t < tech.length && (tech[t] as TechHit).start < r.start) t++;
    const inItem: TechHit[] = [];
    for (let k = t; k < tech.length && (tech[k] as TechHit).start < r.end; k++) inItem.push(tech[k] as TechHit);
    for (let k = j; k < years.length && (years[k] as YearsHit).start < r.end; k++) {
      const y = years[k] as YearsHit;
      if (!y.experience && !y.ofTail) continue;
      used.push(y);
      if (r.years !== undefined) continue;
      r.years = y.min;
      if (y.max !== null) r.yearsMax = y.max;
      const skill = attributeSkill(text, y, r, inItem);
      if (skill) r.skill = skill;
    }
  }
  return used;
}
