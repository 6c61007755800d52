// The dictionary pass: runs in the service worker on every detected posting, so no compromise here and linear work.
import type { Highlight, PageSnapshot, PostingAnalysis, Requirement, Salary, YearsRange } from '../types';
import { findTech, summarizeTech } from '../tech/find-tech';
import { degreeNames, findDegrees, type DegreeHit } from './degrees';
import { findEmploymentType } from './employment-type';
import { factsAnalysis } from './facts-analysis';
import { attachYears, extractRequirements } from './requirements';
import { findSalary } from './salary';
import { splitSections } from './sections';
import { toUnits } from './units';
import { findWorkMode } from './work-mode';
import { lowerSameLength } from './lower';
import { findYears, type YearsHit } from './years';

function samePay(a: Salary, b: Salary): boolean {
  return a.currency === b.currency && (a.min ?? a.max) === (b.min ?? b.max) && (a.max ?? a.min) === (b.max ?? b.min);
}

/** Sections whose heading names pay: amounts inside need no cue word of their own. */
const PAY_HEADING = /\b(?:pay|salary|compensation|wage|gehalt|vergütung|salaire|rémunération)/u;

/** Degrees count only where requirements are (an about paragraph's "our PhDs" is not a requirement). */
function degreesInRequirements(hits: readonly DegreeHit[], reqs: readonly Requirement[]): DegreeHit[] {
  if (!reqs.length) return [...hits];
  const out: DegreeHit[] = [];
  let r = 0;
  for (const h of hits) {
    while (r < reqs.length && (reqs[r] as Requirement).end <= h.start) r++;
    const req = reqs[r];
    if (req && req.start <= h.start && h.end <= req.end) out.push(h);
  }
  return out;
}

/** The main experience ask: the first must item with experience years, else any item, else any experience phrase. */
function overallYears(reqs: readonly Requirement[], used: readonly YearsHit[], all: readonly YearsHit[]): YearsRange | null {
  const req = reqs.find((r) => r.kind === 'must' && r.years !== undefined) ?? reqs.find((r) => r.years !== undefined);
  if (req?.years !== undefined) return { min: req.years, max: req.yearsMax ?? null };
  const y = used[0] ?? all.find((h) => h.experience);
  return y ? { min: y.min, max: y.max } : null;
}

/** A board's pay widget is a pay cue in itself: the whole string counts as a pay section. */
function widgetSalary(s: string | null | undefined): Salary | null {
  return s ? (findSalary(s, [{ start: 0, end: s.length }])?.salary ?? null) : null;
}

/**
 * Sections, must/nice requirements, years, degrees, salary, work mode, employment type, tech stack and highlights
 * for one snapshot. Facts read from markup win; text fills the gaps.
 * @example analyzeSnapshot(readPage(document, location.href)).requirements[0] // {text:'5+ years of Go', kind:'must'…}
 */
export function analyzeSnapshot(snap: PageSnapshot): PostingAnalysis {
  const { text, facts: f } = snap;
  const { sections, units } = splitSections(text, toUnits(text, snap.blocks));
  const requirements = extractRequirements(text, units);
  const tech = findTech(text, snap.blocks);
  // One lower-cased copy for every matcher (see lower.ts).
  const lower = lowerSameLength(text);
  const allYears = findYears(text, lower);
  const usedYears = attachYears(text, requirements, allYears, tech);
  const yearsHits = requirements.length ? usedYears : allYears.filter((y) => y.experience);
  const degreeHits = degreesInRequirements(findDegrees(text, lower), requirements);
  const paySpans = sections.filter((s) => s.heading !== null && PAY_HEADING.test(s.heading.toLowerCase()));
  // With pay from markup, the text's figure is still highlighted when it states the same range.
  const found = findSalary(text, paySpans);
  const salaryHit = found && (!f.salary || samePay(f.salary, found.salary)) ? found : null;

  const highlights: Highlight[] = [
    ...tech.map((t): Highlight => ({ start: t.start, end: t.end, kind: 'tech', label: t.name })),
    ...requirements.map((r): Highlight => ({ start: r.start, end: r.end, kind: r.kind, label: r.kind })),
    ...yearsHits.map((y): Highlight => ({ start: y.start, end: y.end, kind: 'experience', label: y.label })),
    ...degreeHits.map((d): Highlight => ({ start: d.start, end: d.end, kind: 'degree', label: d.degree })),
  ];
  if (salaryHit) highlights.push({ start: salaryHit.start, end: salaryHit.end, kind: 'salary', label: salaryHit.label });
  highlights.sort((a, b) => a.start - b.start || b.end - a.end);

  return {
    ...factsAnalysis(snap),
    workMode: f.workMode ?? (f.workModeText ? findWorkMode(f.workModeText) : null) ?? findWorkMode(text, lower),
    employmentType: f.employmentType ?? findEmploymentType(text, lower),
    salary: f.salary ?? widgetSalary(f.salaryText) ?? salaryHit?.salary ?? null,
    experienceYears: overallYears(requirements, usedYears, allYears),
    degrees: degreeNames(degreeHits),
    techStack: summarizeTech(tech),
    requirements,
    sections,
    highlights,
  };
}
