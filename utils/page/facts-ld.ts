// PageFacts from one JobPosting object (JSON-LD, or microdata read into the same shape).
import type { PageFacts, WorkMode } from '../types';
import type { Json } from './json-ld';
import { ldDate, ldList, ldString } from './ld-values';
import { salaryFromLd } from './salary-ld';

/** FULL_TIME → full-time; the schema.org words that do not read as they are spelt get a name. */
const EMPLOYMENT_NAMES: Record<string, string> = { contractor: 'contract', intern: 'internship', per_diem: 'per-diem' };
const employment = (t: string): string => {
  const k = t.toLowerCase().replace(/[- ]/g, '_');
  return EMPLOYMENT_NAMES[k] ?? k.replace('_', '-');
};
const WWW_RE = /^www\./;
const TELECOMMUTE_RE = /telecommute|remote/i;

export interface LdFacts extends Partial<PageFacts> {
  /** The posting's own id (identifier.value) and the employer's domain name, for the job key. */
  id: string | null;
  orgHost: string | null;
}

function placeName(place: unknown): string | null {
  if (!place || typeof place !== 'object') return ldString(place);
  const p = place as Json;
  const address = ldList(p.address)[0];
  if (address && typeof address === 'object') {
    const a = address as Json;
    const parts = [a.addressLocality, a.addressRegion, a.addressCountry].map(ldString).filter(Boolean) as string[];
    const unique = parts.filter((x, i) => parts.indexOf(x) === i);
    if (unique.length) return unique.join(', ');
  }
  return ldString(address) ?? ldString(p.name);
}

function orgHost(org: unknown): string | null {
  const o = ldList(org)[0];
  if (!o || typeof o !== 'object') return null;
  for (const v of [(o as Json).sameAs, (o as Json).url]) {
    const s = ldString(v);
    try {
      if (s) return new URL(s).hostname.toLowerCase().replace(WWW_RE, '');
    } catch {
      // not a URL: try the next field
    }
  }
  return null;
}

/**
 * Facts declared by a JobPosting item.
 * @example factsFromLd({ '@type': 'JobPosting', title: 'Data Engineer', employmentType: 'FULL_TIME' }).employmentType
 * // 'full-time'
 */
export function factsFromLd(o: Json): LdFacts {
  const locations = ldList(o.jobLocation).map(placeName).filter(Boolean) as string[];
  const remote = ldList(o.jobLocationType).some((t) => TELECOMMUTE_RE.test(ldString(t) ?? ''));
  if (!locations.length && remote) {
    for (const r of ldList(o.applicantLocationRequirements)) {
      const name = placeName(r);
      if (name) locations.push(name);
    }
  }
  const types = ldList(o.employmentType).flatMap((t) => (ldString(t) ?? '').split(/\s*,\s*/)).filter(Boolean);
  const workMode: WorkMode | null = remote ? 'remote' : null;
  const id = ldList(o.identifier)[0];
  return {
    title: ldString(o.title) ?? ldString(o.name),
    company: ldString(o.hiringOrganization),
    locations: locations.filter((x, i) => locations.indexOf(x) === i),
    workMode,
    employmentType: types.length
      ? types.map(employment).join(', ')
      : null,
    datePosted: ldDate(o.datePosted),
    validThrough: ldDate(o.validThrough),
    salary: salaryFromLd(o.baseSalary) ?? salaryFromLd(o.estimatedSalary),
    id: id && typeof id === 'object' ? ldString((id as Json).value) : ldString(id),
    orgHost: orgHost(o.hiringOrganization),
  };
}
