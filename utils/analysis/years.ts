import { lowerSameLength } from './lower';
import { NUMBER_WORD_SOURCE, parseCount } from './number-words';

/** A years-of-experience phrase found in the text. */
export interface YearsHit {
  start: number;
  end: number;
  min: number;
  max: number | null;
  /** "15+ years", "3–5 years", "2 years". */
  label: string;
  /** An experience word is next to it ("5 years of experience", "Berufserfahrung", "expérience"). */
  experience: boolean;
  /** Followed by "of / in / with <something>" or a gerund ("5+ years of Go"): experience only inside a requirement. */
  ofTail: boolean;
}

/** A count, with its digits echoed in brackets as contracts write it: "three (3)". */
const N = `(\\d{1,2}|${NUMBER_WORD_SOURCE})(?:\\s*\\(\\d{1,2}\\))?`;
const RANGE_SEP = `\\s*(?:-|–|—|to|bis|à|or|oder|ou|a|o)\\s*`;
const PLUS = `(\\+|\\s+plus(?![\\p{L}])|\\s+or more(?![\\p{L}]))?`;
const UNIT = `(?:years?|yrs?\\.?|jahre?n?|jahr|ans|années|an|años|año|jaar|jaren|anni|anno)(?![\\p{L}])`;
/** "15+ years", "3-5 yrs", "two to three years", "8 plus years", "5 or more years", "3+ Jahre", "5 ans". */
const YEARS_RE = new RegExp(`(?<![\\p{L}\\d.,$€£])${N}(?:${RANGE_SEP}${N})?${PLUS}\\s*(\\+)?\\s*(?:full\\s+)?${UNIT}(\\s*\\+|\\s+or more(?![\\p{L}]))?`, 'gu');

const AT_LEAST_BEFORE = /(?:minimaal|ten minste|tenminste|minstens|almeno|minimo|al menos|como mínimo|mínimo de|más de|at least|a minimum of|minimum of|minimum|min\.|over|more than|mindestens|mind\.|wenigstens|au moins|minimum de|plus de)\s*$/u;
/** Ages and company history: "18 years old", "10 years ago", "over the past 20 years", "founded 12 years". */
const VETO_AFTER = /^\s*(?:old|ago|of age|young|alt|d(?:'|’)âge|in business|of history|of (?:growth|success|innovation|existence|operation))/u;
const VETO_BEFORE = /(?:aged?|past|last|since|founded|established|for over|for more than|for almost|for nearly|in business for|history of|seit|depuis)\s*$/u;
const EXPERIENCE_AFTER = /^[^.;\n]{0,60}?(?:ervaring|esperienza|experiencia|experience|exp\.|erfahrung|berufserfahrung|expérience|professional|industry|hands-on|working in|work experience|track record)/u;
const EXPERIENCE_BEFORE = /(?:ervaring|esperienza|experiencia|experience|erfahrung|expérience)[^.;\n]{0,40}$/u;
/** "of / in / with X", or a gerund: "5+ years building backend systems". */
const OF_TAIL = /^\s*(?:'|’)?\s*(?:(?:of|in|with|as|im|in der|als|en|dans|de|comme)\s+\S|\p{L}{3,}ing\s)/u;
const LOOK = 80;

/**
 * Every years-of-experience phrase in `text`, in order, with whether its context says "experience". Linear: one
 * regex pass plus bounded look-around.
 * @example findYears('15+ years of professional experience')[0] // {min:15, max:null, label:'15+ years', experience:true…}
 */
export function findYears(original: string, lower?: string): YearsHit[] {
  const text = lower ?? lowerSameLength(original);
  const out: YearsHit[] = [];
  YEARS_RE.lastIndex = 0;
  for (let m = YEARS_RE.exec(text); m; m = YEARS_RE.exec(text)) {
    const a = parseCount(m[1] ?? '');
    const b = m[2] ? parseCount(m[2]) : null;
    if (a === null || a === 0 || a > 40) continue;
    const start = m.index;
    const end = m.index + m[0].trimEnd().length;
    const before = text.slice(Math.max(0, start - LOOK), start);
    const after = text.slice(end, end + LOOK);
    if (VETO_AFTER.test(after) || VETO_BEFORE.test(before)) continue;
    const plus = Boolean(m[3] || m[4] || m[5]) || AT_LEAST_BEFORE.test(before);
    const max = b !== null && b > a ? b : null;
    const label = max !== null ? `${a}–${max} years` : plus ? `${a}+ years` : `${a} year${a === 1 ? '' : 's'}`;
    out.push({
      start, end, min: a, max, label,
      experience: EXPERIENCE_AFTER.test(after) || EXPERIENCE_BEFORE.test(before),
      ofTail: OF_TAIL.test(after),
    });
  }
  return out;
}
