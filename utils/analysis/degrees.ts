import { lowerSameLength } from './lower';

/** A degree requirement found in the text. */
export interface DegreeHit {
  start: number;
  end: number;
  /** Normalised: "Bachelor's", "Master's", "PhD", "MBA". */
  degree: string;
}

// Short forms (BS, MS, BA) are only degrees when a degree word or a slash pair follows: "MS Office" is not.
// They are matched case-sensitively on the original text; long forms on the lower-cased text (see lower.ts).
const SHORT_TAIL = `(?=\\s*(?:\\/|,|or\\b|in\\b|degree|\\(|and\\b|oder\\b|ou\\b))`;
const CASED_RULES: ReadonlyArray<[string, RegExp]> = [
  ['PhD', /\bPh\.?\s?D\b\.?/gu],
  ['MBA', /\bMBA\b/gu],
  ["Master's", new RegExp(`\\b(?:M\\.Sc\\.?|MSc|M\\.S\\.|MEng)(?![\\p{L}])|\\bMS${SHORT_TAIL}`, 'gu')],
  ["Bachelor's", new RegExp(`\\b(?:B\\.Sc\\.?|BSc|B\\.S\\.|B\\.A\\.|BEng)(?![\\p{L}])|\\b(?:BS|BA)${SHORT_TAIL}`, 'gu')],
];
const LOWER_RULES: ReadonlyArray<[string, RegExp]> = [
  ['PhD', /\b(?:doctorate|doctoral degree|doctorat|promotion in)(?![\p{L}])/gu],
  ["Master's", /\b(?:master(?:'|’)?s?(?: degree| of (?:science|arts|engineering))|master(?:'|’)s|advanced degree|graduate degree|masterabschluss|masterstudium|bac\s?\+\s?5|école d(?:'|’)ingénieurs?)(?![\p{L}])/gu],
  ["Bachelor's", /\b(?:bachelor(?:'|’)?s?(?: degree| of (?:science|arts|engineering))|bachelor(?:'|’)s|undergraduate degree|(?:4|four)[- ]year degree|college degree|university degree|bachelorabschluss|hochschulabschluss|abgeschlossenes (?:studium|hochschulstudium)|studium de[rs] |bac\s?\+\s?[34]|licence(?= (?:en|de|professionnelle)\b))(?![\p{L}])/gu],
  // A level-less "degree in X" reads as a first degree.
  ["Bachelor's", /\bdegree(?= (?:in|of)\b)|(?<=\b(?:a|relevant|technical) )degree\b|\bdiplôme(?= (?:d(?:'|’)|en |de ))/gu],
];

/**
 * Degree mentions in `text`, each normalised. A level-less "degree in Computer Science" counts as Bachelor's.
 * @example findDegrees("BS/MS in Computer Science").map(d => d.degree) // ["Master's", "Bachelor's"]
 */
export function findDegrees(text: string, lowered?: string): DegreeHit[] {
  const hits: DegreeHit[] = [];
  const lower = lowered ?? lowerSameLength(text);
  for (const [degree, re, source] of [
    ...CASED_RULES.map(([d, r]) => [d, r, text] as const),
    ...LOWER_RULES.map(([d, r]) => [d, r, lower] as const),
  ]) {
    re.lastIndex = 0;
    for (let m = re.exec(source); m; m = re.exec(source)) {
      const start = m.index;
      const end = start + m[0].trimEnd().length;
      if (hits.some((h) => h.start < end && start < h.end)) continue;
      hits.push({ start, end, degree });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

const DEGREE_ORDER = ["Bachelor's", "Master's", 'MBA', 'PhD'];

/** Unique degree names in a stable order (lowest first). */
export function degreeNames(hits: readonly DegreeHit[]): string[] {
  const names = new Set(hits.map((h) => h.degree));
  return DEGREE_ORDER.filter((d) => names.has(d));
}
