import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { CSV_COLUMNS, csvFileName, rolesToCsv } from '../../../utils/store/csv';
import type { Role } from '../../../utils/store/role';

const role = (over: Partial<Role>): Role => ({
  id: 1,
  jobKey: 'k1',
  urlKey: 'https://acme.example/jobs/1',
  url: 'https://acme.example/jobs/1?x=1',
  title: 'Engineer',
  company: 'Acme',
  location: 'Lisbon',
  workMode: 'remote',
  salary: { min: 60000, max: 80000, currency: 'EUR', period: 'year' },
  techStack: ['Go', 'PostgreSQL'],
  tech: ['go', 'postgresql'],
  requirements: { must: 3, nice: 2, yearsMin: 4, yearsMax: 6 },
  employmentType: 'FULL_TIME',
  datePosted: '2026-10-02',
  status: 'applied',
  statusHistory: [
    { status: 'saved', at: Date.UTC(2026, 9, 3, 8, 0, 0) },
    { status: 'applied', at: Date.UTC(2026, 9, 4, 9, 30, 0) },
  ],
  tags: ['fintech', 'eu'],
  notes: '',
  savedAt: Date.UTC(2026, 9, 3, 8, 0, 0),
  updatedAt: Date.UTC(2026, 9, 4, 9, 30, 0),
  edited: ['company'],
  origin: 'page',
  ...over,
});

const parse = (csv: string) => {
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const out = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
  expect(out.errors).toEqual([]);
  return out.data;
};

describe('CSV export', () => {
  it('has a BOM, CRLF rows, a header for every column and one row per role', () => {
    const csv = rolesToCsv([role({}), role({ id: 2, jobKey: 'k2' })]);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.map(([n]) => n).join(','));
    expect(parse(csv)).toHaveLength(2);
  });

  it('writes every field: salary parts, joined tech, counts, ISO 8601 dates', () => {
    const [row] = parse(rolesToCsv([role({})]));
    expect(row).toEqual({
      id: '1',
      title: 'Engineer',
      company: 'Acme',
      location: 'Lisbon',
      work_mode: 'remote',
      status: 'applied',
      salary_min: '60000',
      salary_max: '80000',
      salary_currency: 'EUR',
      salary_period: 'year',
      tech_stack: 'Go; PostgreSQL',
      must_have_count: '3',
      nice_to_have_count: '2',
      years_min: '4',
      years_max: '6',
      employment_type: 'FULL_TIME',
      date_posted: '2026-10-02',
      tags: 'fintech; eu',
      notes: '',
      status_history: 'saved 2026-10-03T08:00:00.000Z; applied 2026-10-04T09:30:00.000Z',
      saved_at: '2026-10-03T08:00:00.000Z',
      updated_at: '2026-10-04T09:30:00.000Z',
      url: 'https://acme.example/jobs/1?x=1',
      job_key: 'k1',
      corrected_fields: 'company',
    });
  });

  it('keeps commas, quotes, newlines, accents and emoji exactly', () => {
    const notes = 'Met "Zoë", said: yes, maybe\r\nsecond line\nthird, with café ☕ and 👩‍💻';
    const title = 'Ingénieur·e "Senior", Zürich';
    const [row] = parse(rolesToCsv([role({ notes, title, company: 'Ñandú, S.A.' })]));
    expect(row?.notes).toBe(notes);
    expect(row?.title).toBe(title);
    expect(row?.company).toBe('Ñandú, S.A.');
  });

  it.each([['=HYPERLINK("http://evil")'], ['+1+1'], ['-2'], ['@SUM(A1)'], ['\tcmd'], ['\rcmd'], ['=1\nsecond line']])(
    'neutralises a formula-like cell %j with a leading quote',
    (bad) => {
      const [row] = parse(rolesToCsv([role({ notes: bad, company: bad, tags: [bad] })]));
      expect(row?.notes).toBe(`'${bad}`);
      expect(row?.company).toBe(`'${bad}`);
      expect(row?.tags).toBe(`'${bad}`);
    },
  );

  it('leaves empty fields empty and plain text unprefixed', () => {
    const [row] = parse(rolesToCsv([role({ salary: null, workMode: null, notes: 'a-b=c' })]));
    expect(row).toMatchObject({ salary_min: '', salary_currency: '', work_mode: '', notes: 'a-b=c' });
  });

  it('names the file after the local date', () => {
    expect(csvFileName(new Date(2026, 0, 5, 23, 59))).toBe('jobmark-2026-01-05.csv');
  });
});
