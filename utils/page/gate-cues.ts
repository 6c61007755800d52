// The gate's word lists, matched without regular expressions. The gate runs on every page in a new world, so its
// regexes were compiled on every page: the cue alternation cost V8 ~1 ms on its first use and 4 ms once it covered
// seven languages (measured in Node 20), the title test 0.6 ms, more than the gate's DOM queries. A loop over the
// texts in script was no better (5 µs a text before the JIT warms up); native substring searches are.

/** Section headings of postings (lowercase, apostrophes as '), found anywhere in a short heading-like text. */
const PHRASES = [
  // English
  'requirements', 'qualifications', 'responsibilit', "what you'll do", 'what youll do', "what you'll need",
  'what youll need', "what you'll be doing", "what you'll bring", 'what youll bring', 'what you will do',
  "we're looking for", 'were looking for', 'what we offer', 'perks', 'salary', 'what you need', 'what you bring',
  'you will need', 'who you are', 'about you', 'your profile', 'nice to have', 'desirable', 'benefits', 'apply',
  "you'll thrive", 'youll thrive', 'be a fit if', 'good fit if', 'great fit if', 'bonus if',
  // German, French
  'anforderungen', 'ihr profil', 'dein profil', 'aufgaben', 'wir bieten', 'das bringst du mit', 'bewerben',
  'qualifikation', 'profil recherché', 'votre profil', 'missions', 'compétences', 'avantages', 'nous offrons',
  'postuler',
  // Spanish, Portuguese
  'requisitos', 'responsabilidades', 'qué harás', 'qué ofrecemos', 'ofrecemos', 'tu perfil', 'oferecemos',
  'benefícios', 'candidatar',
  // Italian, Dutch
  'requisiti', 'cosa offriamo', 'offriamo', 'ti occuperai', 'responsabilità', 'titolo preferenziale', 'candidati',
  'functie-eisen', 'solliciteer', 'wat ga je doen', 'wat vragen wij', 'wat bieden wij', 'wij bieden', 'jouw profiel',
  'functieomschrijving', 'arbeidsvoorwaarden',
];

/** Short labels that are a cue only as the whole heading ("Pay", not "Pay attention to…"). */
const LABELS = new Set([
  'the role', 'about the role', 'about the job', 'about the position', 'your role', 'pay', 'compensation',
  'required', 'preferred', 'must have', 'must-have', 'must haves', 'must-haves',
]);

/** Labels leading a list item ("Required: 3 years of Swift"), whatever its length. */
const LEADS = [
  'required', 'preferred', 'must have', 'must-have', 'must haves', 'must-haves', 'nice to have', 'nice-to-have',
  'nice to haves', 'nice-to-haves',
];

/** A page title or URL that could name a role or a jobs page ("Support Engineer | Acme", /careers/…). */
const JOB_PAGE_WORDS = [
  'job', 'career', 'vacanc', 'position', 'opening', 'hiring', 'recruit', 'apply', 'engineer', 'develop', 'manag',
  'design', 'analy', 'analis', 'scien', 'special', 'coordinat', 'assist', 'intern', 'consult', 'architect',
  'administrat', 'technic', 'officer', 'associate', 'representative', 'nurse', 'director', 'lead', 'head of',
  'm/w/d', 'h/f', 'f/h', 'm/f/d', 'w/m/d', 'stelle', 'entwickler', 'ingenieur', 'emploi', 'poste', 'développeu',
  'developpeu', 'ingénieu', 'empleo', 'vacante', 'desarroll', 'ingenier', 'lavoro', 'lavora con', 'sviluppat',
  'vacature', 'werken bij', 'medewerker',
];

/** Texts longer than this are not read for cues (reading a long text copies it out of the DOM). */
export const MAX_READ_CHARS = 120;
/** A cue counts in a text this short (trimmed), or as the label leading a longer one ("Required: 3 years of Swift"). */
const MAX_CUE_CHARS = 60;

const lowered = (texts: readonly string[]) => `\n${texts.join('\n').toLowerCase().replaceAll('’', "'")}\n`;

/**
 * Distinct posting cues in heading-like texts, counted up to `need`. The texts become one lowercase string, a text a
 * line, searched once per phrase: native substring searches instead of a script loop over every text.
 * @example countCues(['Requirements', 'What we offer', 'Share'], 2) // 2
 */
export function countCues(texts: readonly string[], need: number): number {
  const short: string[] = [];
  const led: string[] = [];
  for (const x of texts) {
    if (x.length > MAX_READ_CHARS) continue;
    const t = x.trim();
    if (t.length <= MAX_CUE_CHARS) short.push(t);
    else if (t.includes(':')) led.push(t);
  }
  const found = new Set<string>();
  const note = (cue: string) => found.add(cue).size >= need;
  const all = lowered(short);
  for (const p of PHRASES) if (all.includes(p) && note(p)) return need;
  for (const l of LABELS) if ((all.includes(`\n${l}\n`) || all.includes(`\n${l}:\n`)) && note(l)) return need;
  // The short texts are lowercased once; only the long labelled ones are added for the leading labels.
  const leading = led.length ? all + lowered(led) : all;
  // A leading label is the same cue as the heading of that name ("Required" and "Required: Swift" count once).
  for (const l of LEADS) if ((leading.includes(`\n${l}:`) || leading.includes(`\n${l} :`)) && note(l)) return need;
  return found.size;
}

/**
 * Whether a page title or URL could name a role or a jobs page. Only decides whether the gate walks a page whose
 * headings hold no cue word; it is never a reason on its own.
 * @example looksLikeJobPage('Data Analist | Werken bij Acme') // true
 */
export function looksLikeJobPage(text: string): boolean {
  const s = text.toLowerCase();
  return JOB_PAGE_WORDS.some((w) => s.includes(w));
}
