import { lowerSameLength } from './lower';
const RULES: ReadonlyArray<[string, RegExp]> = [
  ['full-time', /\bjornada completa\b|\btiempo completo\b|\bfull[- ]?time\b|\bvollzeit\b|\btemps plein\b|\bcdi\b|\bpermanent (?:role|position|contract)\b|\bunbefristet/gu],
  ['part-time', /\bmedia jornada\b|\bjornada parcial\b|\bpart[- ]?time\b|\bteilzeit\b|\btemps partiel\b|\bwerkstudent/gu],
  ['contract', /\bcontract(?:-to-hire| to hire| role| position| basis| assignment| engagement)\b|\bcontractor\b|\bfreelancer?\b|\(contract\)|\btype: contract\b|\bfreiberuflich|\bindépendant\b/gu],
  ['internship', /\bprácticas\b|\bbecario\b|\binternship\b|\bintern\b(?![a-z])|\bpraktikum\b|\bpraktikant|\bstagiaire\b|\bstage (?:de|d(?:'|’))|\balternance\b|\bapprentice(?:ship)?\b|\bwerkstudent/gu],
  ['temporary', /\btemporary\b|\bfixed[- ]term\b|\bbefristet\b|\bcdd\b|\bseasonal\b/gu],
];

/**
 * Employment type from the text ('full-time', 'part-time', 'contract', 'internship', 'temporary'), or null.
 * The earliest mention wins: the header states the type; later mentions are often about benefits or other people.
 * @example findEmploymentType('Berlin · Full-time · Hybrid') // 'full-time'
 */
export function findEmploymentType(original: string, lower?: string): string | null {
  const text = lower ?? lowerSameLength(original);
  let best: string | null = null;
  let bestAt = Infinity;
  for (const [type, re] of RULES) {
    re.lastIndex = 0;
    const m = re.exec(text);
    if (m && m.index < bestAt) [best, bestAt] = [type, m.index];
  }
  return best;
}
