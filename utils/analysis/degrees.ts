/** A degree requirement found in the text. */
export interface DegreeHit {
  start: number;
  end: number;
  /** Normalised: "Bachelor's", "Master's", "PhD", "MBA". */
  degree: string;
}

// Short forms (BS, MS, BA) are only degrees when a degree word or a slash pair follows: "MS Office" is not.
const SHORT_TAIL = `(?=\\s*(?:\\/|,|or\\b|in\\b|degree|\\(|and\\b|oder\\b|ou\\b))`;
const DEGREE_RULES: ReadonlyArray<[string, RegExp]> = [
  ['PhD', /\b(?:Ph\.?\s?D\.?|doctorate|doctoral degree|doctorat|Promotion in)(?![\p{L}])/giu],
  ['MBA', /\bMBA\b/gu],
  ["Master's", new RegExp(`\\b(?:master(?:'|’)?s?(?: degree| of (?:science|arts|engineering))|master(?:'|’)s|M\\.Sc\\.?|MSc|M\\.S\\.|MEng|advanced degree|graduate degree|Masterabschluss|Masterstudium|Bac\\s?\\+\\s?5|école d(?:'|’)ingénieurs?)(?![\\p{L}])|\\bMS${SHORT_TAIL}`, 'giu')],
  ["Bachelor's", new RegExp(`\\b(?:bachelor(?:'|’)?s?(?: degree| of (?:science|arts|engineering))|bachelor(?:'|’)s|B\\.Sc\\.?|BSc|B\\.S\\.|B\\.A\\.|BEng|undergraduate degree|(?:4|four)[- ]year degree|college degree|university degree|Bachelorabschluss|Hochschulabschluss|abgeschlossenes (?:Studium|Hochschulstudium)|Studium de[rs] |Bac\\s?\\+\\s?[34]|licence(?= (?:en|de|professionnelle)\\b))(?![\\p{L}])|\\b(?:BS|BA)${SHORT_TAIL}`, 'giu')],
  // A level-less "degree in X" reads as a first degree.
  ["Bachelor's", /\bdegree(?= (?:in|of)\b)|(?<=\b(?:a|relevant|technical) )degree\b|\bdiplôme(?= (?:d(?:'|’)|en |de ))/giu],
];

/**
 * Degree mentions in `text`, each normalised. A level-less "degree in Computer Science" counts as Bachelor's.
 * @example findDegrees("BS/MS in Computer Science").map(d => d.degree) // ["Master's", "Bachelor's"]
 */
export function findDegrees(text: string): DegreeHit[] {
  const hits: DegreeHit[] = [];
  for (const [degree, re] of DEGREE_RULES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
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
