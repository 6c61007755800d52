/**
 * Field-level edits. Each write touches only the fields it changes (Dexie `update`), inside a transaction when it
 * must read first, so a status change in one tab never overwrites notes typed in another.
 */
import type { RoleStatus } from '../messaging';
import type { JobmarkDB } from './db';
import { EXTRACTED_FIELDS, EMPTY_REQUIREMENTS, techIndex, type ExtractedField, type Role, type RoleWithSnapshot } from './role';
import { normalizeJobUrl } from './normalize-url';

/** Fields a person may edit directly. */
export type EditableFields = Partial<Pick<Role, ExtractedField | 'tags' | 'notes'>>;

const isExtracted = (k: string): k is ExtractedField => (EXTRACTED_FIELDS as readonly string[]).includes(k);

/**
 * Writes the given fields; extracted fields are marked as corrected so a later save keeps them.
 *
 * @example
 * await updateRoleFields(db, 1, { company: 'Acme Ltd' }) // role 1: company changed, edited ⊇ ['company']
 */
export async function updateRoleFields(db: JobmarkDB, id: number, fields: EditableFields, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.roles, async () => {
    const role = await db.roles.get(id);
    if (!role) return;
    const changes: Partial<Role> = { ...fields, updatedAt: now };
    if (fields.techStack) changes.tech = techIndex(fields.techStack);
    if (fields.url) changes.urlKey = normalizeJobUrl(fields.url);
    const corrected = Object.keys(fields).filter(isExtracted).filter((k) => !role.edited.includes(k));
    if (corrected.length) changes.edited = [...role.edited, ...corrected];
    await db.roles.update(id, changes);
  });
}

/** Notes only: the hot path of typing (popup port, dashboard inline editor). */
export async function setNotes(db: JobmarkDB, id: number, notes: string, now = Date.now()): Promise<void> {
  await db.roles.update(id, { notes, updatedAt: now });
}

/** What a status change replaced, to undo it. */
export type StatusUndo = Pick<Role, 'status' | 'statusHistory' | 'updatedAt'> & { id: number };

/** Sets the status of several roles (dated history entry when it changes); returns what to restore on undo. */
export async function setStatus(db: JobmarkDB, ids: readonly number[], status: RoleStatus, now = Date.now()): Promise<StatusUndo[]> {
  return db.transaction('rw', db.roles, async () => {
    const roles = await db.roles.bulkGet([...ids]);
    const undo: StatusUndo[] = [];
    for (const role of roles) {
      if (!role?.id || role.status === status) continue;
      undo.push({ id: role.id, status: role.status, statusHistory: role.statusHistory, updatedAt: role.updatedAt });
      await db.roles.update(role.id, { status, statusHistory: [...role.statusHistory, { status, at: now }], updatedAt: now });
    }
    return undo;
  });
}

/** Puts back the statuses a `setStatus` replaced. */
export async function undoStatus(db: JobmarkDB, undo: readonly StatusUndo[]): Promise<void> {
  await db.transaction('rw', db.roles, async () => {
    for (const { id, ...prev } of undo) await db.roles.update(id, prev);
  });
}

/** Deletes roles and their snapshots; returns them whole so an undo can put them back. */
export async function deleteRoles(db: JobmarkDB, ids: readonly number[]): Promise<RoleWithSnapshot[]> {
  return db.transaction('rw', db.roles, db.snapshots, async () => {
    const roles = (await db.roles.bulkGet([...ids])).filter((r): r is Role => !!r);
    const snaps = await db.snapshots.bulkGet(roles.map((r) => r.id!));
    await db.roles.bulkDelete(roles.map((r) => r.id!));
    await db.snapshots.bulkDelete(roles.map((r) => r.id!));
    return roles.map((r, i) => {
      const s = snaps[i];
      return { ...r, snapshot: s ? { text: s.text, highlights: s.highlights } : null };
    });
  });
}

/** Undo of `deleteRoles`: the same ids, fields and snapshots. */
export async function restoreRoles(db: JobmarkDB, rows: readonly RoleWithSnapshot[]): Promise<void> {
  await db.transaction('rw', db.roles, db.snapshots, async () => {
    for (const { snapshot, ...role } of rows) {
      await db.roles.put(role);
      if (snapshot && role.id != null) await db.snapshots.put({ roleId: role.id, ...snapshot });
    }
  });
}

/** What the dashboard's "add a role" form asks for. */
export interface ManualRoleInput {
  title: string;
  company?: string;
  url?: string;
  location?: string;
  notes?: string;
}

/** A role typed by hand (no page). Keyed by its URL when given, so saving the page later finds it. */
export async function addManualRole(db: JobmarkDB, input: ManualRoleInput, now = Date.now()): Promise<number> {
  const url = input.url?.trim() ?? '';
  const urlKey = url ? normalizeJobUrl(url) : '';
  const role: Role = {
    jobKey: urlKey || `manual:${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    urlKey,
    url,
    title: input.title.trim() || 'Untitled role',
    company: input.company?.trim() ?? '',
    location: input.location?.trim() ?? '',
    workMode: null,
    salary: null,
    techStack: [],
    tech: [],
    requirements: { ...EMPTY_REQUIREMENTS },
    employmentType: null,
    datePosted: null,
    status: 'saved',
    statusHistory: [{ status: 'saved', at: now }],
    tags: [],
    notes: input.notes ?? '',
    savedAt: now,
    updatedAt: now,
    // Everything typed by hand counts as corrected: a later save of the page keeps it.
    edited: (['title', 'company', 'location', 'url'] as const).filter((k) => !!input[k]?.trim()),
    origin: 'manual',
  };
  return db.transaction('rw', db.roles, async () => {
    if (urlKey && (await db.roles.where('jobKey').equals(urlKey).or('urlKey').equals(urlKey).count()))
      throw new Error('This job is already saved.');
    return (await db.roles.add(role)) as number;
  });
}

/** Empties both tables (options page, after confirmation). */
export async function deleteAllData(db: JobmarkDB): Promise<void> {
  await db.transaction('rw', db.roles, db.snapshots, async () => {
    await db.roles.clear();
    await db.snapshots.clear();
  });
}
