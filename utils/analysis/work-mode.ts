import type { WorkMode } from '../types';
import { lowerSameLength } from './lower';

const OFFICE = `(?:in|at|from|into) (?:the|our|an?|your|their|its|local)?\\s?(?:local )?(?:office|offices|site|workplace)`;
/** "at least 50% of the time in the office", "80% in-office", "100% from the office". */
const PERCENT_OFFICE = new RegExp(`(\\d{1,3})\\s?%(?:[^.%\\n]{0,60}?${OFFICE}|\\s?(?:in[- ]office|on[- ]site|onsite|office attendance|vor ort|présentiel))`, 'gu');
const WORKPLACE = `(?:office|studio|site|workplace|home|remote|location|hub|campus)`;
const FEW = `(?:one|two|three|four|[1-4])(?:\\s?(?:-|to|or)\\s?(?:two|three|four|[1-4]))?`;
const WEEK = `days?(?: [\\p{L}-]+){0,3}? (?:a|per|each|every|\\/) ?week`;
/** "four days a week … office", "two days from home per week", "from our office three days a week". */
const DAYS_HYBRID = new RegExp(`${WORKPLACE}[^.\\n]{0,60}?\\b${FEW} ${WEEK}|\\b${FEW} ${WEEK}[^.\\n]{0,60}?${WORKPLACE}`, 'gu');
/** "based in our Sandyford office, five days a week", "Monday to Friday in the office". */
const DAYS_ONSITE = new RegExp(`office[^.\\n]{0,60}?\\b(?:five|5) ${WEEK}|\\b(?:five|5) ${WEEK}[^.\\n]{0,60}?office|office[^.\\n]{0,40}?monday to friday|monday to friday[^.\\n]{0,40}?office`, 'gu');
const DAY = `(?:monday|tuesday|wednesday|thursday|friday)s?`;
/** "in our office Tuesday–Thursday": an office week shorter than Monday to Friday is hybrid. */
const DAY_SPAN_OFFICE = new RegExp(`office[^.\\n]{0,40}?\\b(${DAY})\\s*(?:-|–|—|to|through|thru)\\s*(${DAY})`, 'gu');
/** "Remote (US only)", "Location: Remote — Europe", "Remote within EU time zones", a header "Remote · Full-time". */
const REMOTE_HEADER = /\bremote\s*\((?:[^()\n]{0,30})\)|\blocation:?\s*remote\b|\bremote\s*[–—]\s*\p{L}|\bremote within\b|^remote\s*[·•|,]/gmu;
const RULES: ReadonlyArray<[WorkMode, RegExp]> = [
  ['remote', REMOTE_HEADER],
  ['onsite', /\boffice[- ]based\b/gu],
  ['hybrid', DAYS_HYBRID],
  ['hybrid', /\bh[íi]brid[oa]\b|\bteletrabajo parcial/gu],
  // "Télétravail deux jours par semaine", "2 jours de télétravail", "zwei Tage Homeoffice pro Woche".
  ['hybrid', /\btélétravail (?:un|deux|trois|quatre|[1-4]) jours?\b|\b(?:un|deux|trois|quatre|[1-4]) jours? de télétravail\b|\b(?:ein|zwei|drei|vier|[1-4]) tage? (?:home ?office|remote|mobil)/gu],
  ['onsite', DAYS_ONSITE],
  ['hybrid', /\bhybrid(?:e)?\b|\b(?:one|two|three|four|[1-4])(?:\s?(?:-|to|or)\s?(?:two|three|four|[1-4]))?\s?days?\s?(?:a|per|each|every|\/)\s?week\s(?:in|at|from|on)\b|\bdays? (?:a|per) week (?:in|at) (?:the|our) office|\bpartially remote role|\bflexible (?:working|work) (?:model|arrangement)|\btélétravail partiel|\bteilweise (?:remote|homeoffice|mobil)|\bmobiles arbeiten\b/gu],
  ['onsite', /\bon[- ]?site\b(?! interview)|\bwork location:? in[- ]person\b|\bin[- ]person (?:role|position|job)\b|\bin[- ]office (?:role|position|only)|\bnot (?:a )?(?:fully )?remote|\bno remote\b|\bvor ort\b|\bsur site\b|\b100\s?% presencial|\bpuesto presencial|\bprésentiel\b|\bfull(?:y)? in[- ]office\b|\b5 days (?:a|per) week in (?:the|our) office/gu],
  ['remote', /\bteletrabajo (?:100|total|completo)|\b100\s?% (?:remoto|teletrabajo)|\bfully[- ]remote\b|\bremote[- ]first\b|\b100\s?% remote\b|\bwork(?:ing)? from anywhere\b|\bremote (?:position|role|job|opportunity|work|working|friendly)\b|\(remote\)|\bremote[,-]? (?:us|usa|uk|eu|europe|emea|worldwide|global)\b|\bis (?:a )?remote\b|\bwork remotely\b|\bfull remote\b|\btélétravail (?:complet|total|100)|\b(?:100\s?% )?homeoffice\b|\bortsunabhängig\b|^remote$/gmu],
];

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];
const dayName = (d: string | undefined): string => (d ?? '').replace(/s$/u, '');

/**
 * Remote / hybrid / onsite from the text, or null when it says nothing. Each signal counts; a posting that names
 * a general in-office share ("at least 50% of the time in the office") and 100% only for some sites is hybrid.
 * @example findWorkMode('Expected to spend at least 50% of the time in the office.') // 'hybrid'
 */
export function findWorkMode(original: string, lower?: string): WorkMode | null {
  const text = lower ?? lowerSameLength(original);
  const score: Record<WorkMode, number> = { remote: 0, hybrid: 0, onsite: 0 };
  const first: Record<WorkMode, number> = { remote: Infinity, hybrid: Infinity, onsite: Infinity };
  const note = (mode: WorkMode, at: number): void => {
    score[mode]++;
    first[mode] = Math.min(first[mode], at);
  };
  PERCENT_OFFICE.lastIndex = 0;
  for (let m = PERCENT_OFFICE.exec(text); m; m = PERCENT_OFFICE.exec(text)) {
    const pct = Number(m[1]);
    if (pct >= 100) note('onsite', m.index);
    else if (pct > 0) note('hybrid', m.index);
  }
  DAY_SPAN_OFFICE.lastIndex = 0;
  for (let m = DAY_SPAN_OFFICE.exec(text); m; m = DAY_SPAN_OFFICE.exec(text)) {
    const from = WEEKDAYS.indexOf(dayName(m[1])), to = WEEKDAYS.indexOf(dayName(m[2]));
    if (to - from < WEEKDAYS.length - 1) note('hybrid', m.index);
  }
  for (const [mode, re] of RULES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) note(mode, m.index);
  }
  const modes = (['hybrid', 'remote', 'onsite'] as const).filter((m) => score[m] > 0);
  if (!modes.length) return null;
  // Most signals win; on a tie the first stated mode wins (the header usually states it).
  return modes.sort((a, b) => score[b] - score[a] || first[a] - first[b])[0] ?? null;
}
