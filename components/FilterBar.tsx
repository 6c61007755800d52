import type { RoleFilter } from '@/utils/store/query';
import { ROLE_STATUSES } from '@/utils/store/role';
import { STATUS_LABEL } from '@/utils/store/format';

/** Search box and filter pickers; reports every change as a whole new filter. */
export function FilterBar(props: { filter: RoleFilter; onChange: (f: RoleFilter) => void; tags: string[]; tech: string[]; disabled?: boolean }) {
  const f = props.filter;
  const set = (patch: Partial<RoleFilter>) => props.onChange({ ...f, ...patch });
  return (
    <div className="jm-filters" role="search">
      <input
        type="search"
        aria-label="Search roles"
        placeholder="Search title, company, notes, tags, tech…"
        value={f.text}
        disabled={props.disabled}
        onChange={(e) => set({ text: e.currentTarget.value })}
      />
      <label>
        Status{' '}
        <select disabled={props.disabled} value={f.status} onChange={(e) => set({ status: e.currentTarget.value as RoleFilter['status'] })}>
          <option value="all">All</option>
          <option value="active">Active (not rejected or archived)</option>
          {ROLE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABEL[s]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Tag{' '}
        <select disabled={props.disabled} value={f.tag} onChange={(e) => set({ tag: e.currentTarget.value })}>
          <option value="">Any</option>
          {props.tags.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </select>
      </label>
      <label>
        Tech{' '}
        <select disabled={props.disabled} value={f.tech} onChange={(e) => set({ tech: e.currentTarget.value })}>
          <option value="">Any</option>
          {props.tech.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </select>
      </label>
      <label>
        Work mode{' '}
        <select disabled={props.disabled} value={f.workMode} onChange={(e) => set({ workMode: e.currentTarget.value as RoleFilter['workMode'] })}>
          <option value="all">Any</option>
          <option value="remote">Remote</option>
          <option value="hybrid">Hybrid</option>
          <option value="onsite">On-site</option>
        </select>
      </label>
    </div>
  );
}
