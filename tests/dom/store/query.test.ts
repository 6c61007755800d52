import { describe, expect, it } from 'vitest';
import { countByStatus, createRoleFilterCache, filterRoles, NO_FILTER, sortRoles } from '../../../utils/store/query';
import type { Role } from '../../../utils/store/role';
import type { RoleStatus } from '../../../utils/messaging';

const role = (id: number, title: string, over: Partial<Role> = {}): Role => ({
  id, jobKey: `k${id}`, urlKey: '', url: '', title, company: 'Acme', location: 'Berlin', workMode: 'remote', salary: null,
  techStack: [], tech: [], requirements: { must: 0, nice: 0, yearsMin: null, yearsMax: null }, employmentType: null,
  datePosted: null, status: 'saved', statusHistory: [], tags: [], notes: '', savedAt: id, updatedAt: id, edited: [], origin: 'page', ...over,
});

const roles = [
  role(1, 'Rust Engineer', { techStack: ['Rust'], tech: ['rust'], tags: ['Dream'] }),
  role(2, 'Data Analyst', { notes: 'Ask about Rust\nnext week', status: 'applied', workMode: 'onsite' }),
  role(3, 'Frontend Dev', { company: 'Élan Studio', status: 'archived' }),
  role(4, 'Backend dev', { tech: ['go'], techStack: ['Go'], status: 'rejected' }),
];
const ids = (rs: Role[]) => rs.map((r) => r.id);

describe('role queries', () => {
  it.each([
    [{ text: 'rust' }, [1, 2]],
    [{ text: 'RUST next' }, [2]],
    [{ text: 'élan' }, [3]],
    [{ tag: 'dream' }, [1]],
    [{ tech: 'Go' }, [4]],
    [{ workMode: 'onsite' as const }, [2]],
    [{ status: 'active' as const }, [1, 2]],
    [{ status: 'archived' as RoleStatus }, [3]],
  ])('filters %j', (f, expected) => {
    expect(ids(filterRoles(roles, { ...NO_FILTER, ...f }))).toEqual(expected);
  });

  it('sorts by text (case- and accent-insensitive) and numbers, both ways', () => {
    expect(ids(sortRoles(roles, { key: 'title', dir: 'asc' }))).toEqual([4, 2, 3, 1]);
    expect(ids(sortRoles(roles, { key: 'updatedAt', dir: 'desc' }))).toEqual([4, 3, 2, 1]);
  });

  it('counts per status', () => {
    expect(countByStatus(roles)).toEqual({ saved: 1, applied: 1, interviewing: 0, offer: 0, rejected: 1, archived: 1 });
  });

  it('the cached filter gives the same answers as a fresh one while typing on, deleting and changing facets', () => {
    const cached = createRoleFilterCache();
    for (const f of [{ text: 'r' }, { text: 'ru' }, { text: 'rust' }, { text: 'rus' }, { text: 'rust', status: 'applied' as const }, { text: 'rust n' }, { text: '' }])
      expect(ids(cached(roles, { ...NO_FILTER, ...f }))).toEqual(ids(filterRoles(roles, { ...NO_FILTER, ...f })));
  });
});
