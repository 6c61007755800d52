/**
 * CSV export that opens right in Excel and Sheets: RFC 4180 quoting by papaparse, CRLF rows, UTF-8 with BOM,
 * one row per role, and cells that a spreadsheet would run as a formula neutralised with a leading `'`.
 */
import Papa from 'papaparse';
import type { Role } from './role';

/** The byte order mark Excel needs to read UTF-8 (accents, emoji) correctly. */
export const UTF8_BOM = '\uFEFF';
/**
 * Cells starting like a formula. papaparse's own `escapeFormulae: true` uses /^[=+\-@\t\r].*$/, which misses a
 * multi-line cell ('.' stops at the newline), so we pass a start-only pattern.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

const iso = (ms: number | null | undefined) => (ms == null ? '' : new Date(ms).toISOString());
const list = (xs: readonly string[]) => xs.join('; ');

/** Column order and how each is read from a role: every field but the posting snapshot. */
export const CSV_COLUMNS: readonly [string, (r: Role) => string | number][] = [
  ['id', (r) => r.id ?? ''],
  ['title', (r) => r.title],
  ['company', (r) => r.company],
  ['location', (r) => r.location],
  ['work_mode', (r) => r.workMode ?? ''],
  ['status', (r) => r.status],
  ['salary_min', (r) => r.salary?.min ?? ''],
  ['salary_max', (r) => r.salary?.max ?? ''],
  ['salary_currency', (r) => r.salary?.currency ?? ''],
  ['salary_period', (r) => r.salary?.period ?? ''],
  ['tech_stack', (r) => list(r.techStack)],
  ['must_have_count', (r) => r.requirements.must],
  ['nice_to_have_count', (r) => r.requirements.nice],
  ['years_min', (r) => r.requirements.yearsMin ?? ''],
  ['years_max', (r) => r.requirements.yearsMax ?? ''],
  ['employment_type', (r) => r.employmentType ?? ''],
  ['date_posted', (r) => r.datePosted ?? ''],
  ['tags', (r) => list(r.tags)],
  ['notes', (r) => r.notes],
  ['status_history', (r) => r.statusHistory.map((h) => `${h.status} ${iso(h.at)}`).join('; ')],
  ['saved_at', (r) => iso(r.savedAt)],
  ['updated_at', (r) => iso(r.updatedAt)],
  ['url', (r) => r.url],
  ['job_key', (r) => r.jobKey],
  ['corrected_fields', (r) => list(r.edited)],
];

/**
 * The CSV text (BOM included) for these roles.
 *
 * @example
 * rolesToCsv([role]).startsWith('\uFEFFid,title,company') // true
 */
export function rolesToCsv(roles: readonly Role[]): string {
  const fields = CSV_COLUMNS.map(([name]) => name);
  const data = roles.map((r) => CSV_COLUMNS.map(([, read]) => read(r)));
  return UTF8_BOM + Papa.unparse({ fields, data }, { newline: '\r\n', escapeFormulae: FORMULA_START, quotes: false });
}

/**
 * The download name for an export made at `date` (local calendar day).
 *
 * @example
 * csvFileName(new Date(2026, 10, 25)) // 'jobmark-2026-11-25.csv'
 */
export function csvFileName(date = new Date(), ext = 'csv'): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `jobmark-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.${ext}`;
}
