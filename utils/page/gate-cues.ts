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

/**
 * Words of a jobs page, found starting a segment of its URL's path or query ("/careers/…", "/job-openings/12",
 * "?jobId=3"), not inside a headline's slug ("/tech-hiring-slows"). Titles take only the unambiguous ones: news titles
 * say "jobs", "hiring" and "career" as often as postings do.
 */
const JOB_URL_WORDS = [
  'job', 'career', 'vacanc', 'position', 'opening', 'hiring', 'recruit', 'apply', 'stelle', 'emploi', 'empleo',
  'vacante', 'lavoro', 'lavora-con', 'vacature', 'werken-bij',
];
const JOB_TITLE_WORDS = [
  'm/w/d', 'h/f', 'f/h', 'm/f/d', 'w/m/d', 'vacanc', 'vacature', 'stellenangebot', "offre d'emploi", 'werken bij',
  'lavora con',
];

/**
 * Role nouns, found as whole singular words: "Data Engineer", not "Engineering", "Intern", not "Internet", and not
 * "hire 4,000 engineers" (news names roles in the plural).
 */
const ROLE_WORDS = [
  'engineer', 'developer', 'programmer', 'designer', 'manager', 'analyst', 'analist', 'scientist', 'specialist',
  'coordinator', 'assistant', 'intern', 'consultant', 'architect', 'administrator', 'technician', 'officer', 'associate',
  'representative', 'nurse', 'director', 'lead', 'head of', 'entwickler', 'entwicklerin', 'ingenieur', 'ingenieurin',
  'développeur', 'développeuse', 'developpeur', 'ingénieur', 'desarrollador', 'desarrolladora', 'ingeniero',
  'ingeniera', 'sviluppatore', 'sviluppatrice', 'analista', 'programador', 'programadora', 'engenheiro',
  'desenvolvedor', 'medewerker',
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

/** A letter (ASCII or not) at `i` of `s`; false outside it. */
function letterAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return (c >= 97 && c <= 122) || c > 127;
}

/** Nouns after a role word that make it a modifier: "the Web developer blog", "Designer tools". */
const NOT_A_ROLE_AFTER = [' blog', ' news', ' tools', ' docs', ' documentation', ' conference', ' community', ' program', ' guide', ' survey', ' day'];

/** `role` in lowercase `s` as a whole word, and not as a modifier of a noun such as "blog". */
function hasRole(s: string, role: string): boolean {
  for (let i = s.indexOf(role); i >= 0; i = s.indexOf(role, i + 1)) {
    const end = i + role.length;
    if (letterAt(s, i - 1) || letterAt(s, end)) continue;
    if (!NOT_A_ROLE_AFTER.some((n) => s.startsWith(n, end))) return true;
  }
  return false;
}

/**
 * Whether a page title could name a role or a jobs page. Only decides whether the gate walks a page whose headings
 * hold too few cue words; it is never a reason on its own.
 * @example looksLikeJobTitle('Data Analist | Werken bij Acme') // true
 * @example looksLikeJobTitle('Regional firms plan to hire 4,000 engineers') // false
 */
export function looksLikeJobTitle(title: string): boolean {
  const s = title.toLowerCase();
  return JOB_TITLE_WORDS.some((w) => s.includes(w)) || ROLE_WORDS.some((w) => hasRole(s, w));
}

/**
 * Whether a URL's path and query could be a posting's or a jobs page's ("/careers/123", "/p/senior-designer-42").
 * @example looksLikeJobUrl('/2024/05/some-article') // false
 */
export function looksLikeJobUrl(path: string): boolean {
  const s = path.toLowerCase();
  return JOB_URL_WORDS.some((w) => startsSegment(s, w)) || ROLE_WORDS.some((w) => hasRole(s, w));
}

/** `word` at the start of `s` or right after a '/', '?', '&' or '='. */
function startsSegment(s: string, word: string): boolean {
  for (let i = s.indexOf(word); i >= 0; i = s.indexOf(word, i + 1)) if (i === 0 || '/?&='.includes(s[i - 1]!)) return true;
  return false;
}
