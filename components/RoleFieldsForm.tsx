import { useState, type FormEvent } from 'react';
import type { Role } from '@/utils/store/role';
import type { EditableFields } from '@/utils/store/role-writes';
import type { SalaryPeriod, WorkMode } from '@/utils/types';

const PERIODS: SalaryPeriod[] = ['year', 'month', 'week', 'day', 'hour'];
const splitList = (s: string) => s.split(/[,;]/).map((x) => x.trim()).filter(Boolean);
const num = (s: string) => (s.trim() === '' || !Number.isFinite(Number(s)) ? null : Number(s));

/** Form state: every editable field as the text in its input. */
function toDraft(r: Role) {
  return {
    title: r.title,
    company: r.company,
    location: r.location,
    url: r.url,
    workMode: r.workMode ?? '',
    salaryMin: r.salary?.min?.toString() ?? '',
    salaryMax: r.salary?.max?.toString() ?? '',
    currency: r.salary?.currency ?? '',
    period: r.salary?.period ?? 'year',
    techStack: r.techStack.join(', '),
    tags: r.tags.join(', '),
    employmentType: r.employmentType ?? '',
    datePosted: r.datePosted ?? '',
  };
}
type Draft = ReturnType<typeof toDraft>;

/** Only the fields whose value differs from the role's: the write stays field-level. */
function changedFields(r: Role, d: Draft): EditableFields {
  const next: EditableFields = {
    title: d.title.trim(),
    company: d.company.trim(),
    location: d.location.trim(),
    url: d.url.trim(),
    workMode: (d.workMode || null) as WorkMode | null,
    salary:
      num(d.salaryMin) == null && num(d.salaryMax) == null
        ? null
        : { min: num(d.salaryMin), max: num(d.salaryMax), currency: d.currency.trim().toUpperCase(), period: d.period as SalaryPeriod },
    techStack: splitList(d.techStack),
    tags: splitList(d.tags),
    employmentType: d.employmentType.trim() || null,
    datePosted: d.datePosted.trim() || null,
  };
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(next)) if (JSON.stringify(v) !== JSON.stringify(r[k as keyof Role])) out[k] = v;
  return out as EditableFields;
}

/** Correct any extracted field by hand; corrected fields survive a re-save of the page. */
export function RoleFieldsForm(props: { role: Role; onSave: (fields: EditableFields) => void }) {
  const [d, setD] = useState(() => toDraft(props.role));
  const field = (k: keyof Draft, label: string, type = 'text') => (
    <label>
      <span>{label}</span>
      <input type={type} value={d[k]} onChange={(e) => setD({ ...d, [k]: e.currentTarget.value })} />
    </label>
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const fields = changedFields(props.role, d);
    if (Object.keys(fields).length) props.onSave(fields);
  };
  return (
    <form className="jm-form" onSubmit={submit} aria-label="Role details">
      {field('title', 'Title')}
      {field('company', 'Company')}
      {field('location', 'Location')}
      {field('url', 'Posting URL', 'url')}
      <label>
        <span>Work mode</span>
        <select value={d.workMode} onChange={(e) => setD({ ...d, workMode: e.currentTarget.value })}>
          <option value="">Unknown</option>
          <option value="remote">Remote</option>
          <option value="hybrid">Hybrid</option>
          <option value="onsite">On-site</option>
        </select>
      </label>
      {field('salaryMin', 'Salary from', 'number')}
      {field('salaryMax', 'Salary to', 'number')}
      {field('currency', 'Currency (e.g. EUR)')}
      <label>
        <span>Per</span>
        <select value={d.period} onChange={(e) => setD({ ...d, period: e.currentTarget.value as SalaryPeriod })}>
          {PERIODS.map((p) => (
            <option key={p}>{p}</option>
          ))}
        </select>
      </label>
      {field('techStack', 'Tech stack (comma-separated)')}
      {field('tags', 'Tags (comma-separated)')}
      {field('employmentType', 'Employment type')}
      {field('datePosted', 'Date posted (YYYY-MM-DD)')}
      <button type="submit" className="jm-primary">
        Save changes
      </button>
    </form>
  );
}
