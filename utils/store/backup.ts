/**
 * JSON backup: versioned, lossless (snapshots included), validated before anything is written. Import merges by
 * job key: the newer version of a role wins, roles only in the file are added.
 */
import type { JobmarkDB } from './db';
import { ROLE_STATUSES, type Role, type RoleWithSnapshot } from './role';

export const BACKUP_FORMAT = 'jobmark-backup';
export const BACKUP_VERSION = 1;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  roles: RoleWithSnapshot[];
}

/** A file that is not a Jobmark backup, or a damaged one. The message is shown to the user as is. */
export class BackupError extends Error {
  override name = 'BackupError';
}

/** Every role with its snapshot, ordered by id. */
export async function exportBackup(db: JobmarkDB, now = new Date()): Promise<Backup> {
  return db.transaction('r', db.roles, db.snapshots, async () => {
    const roles = await db.roles.orderBy('id').toArray();
    const snaps = new Map((await db.snapshots.toArray()).map((s) => [s.roleId, s]));
    return {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: now.toISOString(),
      roles: roles.map((r) => {
        const s = snaps.get(r.id!);
        return { ...r, snapshot: s ? { text: s.text, highlights: s.highlights } : null };
      }),
    };
  });
}

type Check = [field: string, ok: (v: unknown) => boolean];
const isStr = (v: unknown) => typeof v === 'string';
const isNum = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
const isStrArr = (v: unknown) => Array.isArray(v) && v.every(isStr);
const orNull = (f: (v: unknown) => boolean) => (v: unknown) => v === null || f(v);
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const ROLE_CHECKS: Check[] = [
  ['jobKey', (v) => isStr(v) && v !== ''],
  ['urlKey', isStr],
  ['url', isStr],
  ['title', isStr],
  ['company', isStr],
  ['location', isStr],
  ['workMode', orNull((v) => v === 'remote' || v === 'hybrid' || v === 'onsite')],
  ['salary', orNull((v) => isObj(v) && orNull(isNum)(v.min) && orNull(isNum)(v.max) && isStr(v.currency) && isStr(v.period))],
  ['techStack', isStrArr],
  ['tech', isStrArr],
  ['requirements', (v) => isObj(v) && isNum(v.must) && isNum(v.nice)],
  ['employmentType', orNull(isStr)],
  ['datePosted', orNull(isStr)],
  ['status', (v) => (ROLE_STATUSES as readonly unknown[]).includes(v)],
  ['statusHistory', (v) => Array.isArray(v) && v.every((h) => isObj(h) && (ROLE_STATUSES as readonly unknown[]).includes(h.status) && isNum(h.at))],
  ['tags', isStrArr],
  ['notes', isStr],
  ['savedAt', isNum],
  ['updatedAt', isNum],
  ['edited', isStrArr],
  ['origin', (v) => v === 'page' || v === 'manual'],
  ['snapshot', orNull((v) => isObj(v) && isStr(v.text) && Array.isArray(v.highlights))],
];

/**
 * Parses and validates a backup file's text; throws a BackupError that says what is wrong.
 *
 * @example
 * parseBackup('{"format":"jobmark-backup","version":1,"exportedAt":"…","roles":[]}').roles // []
 * parseBackup('hello') // throws BackupError('This file is not JSON…')
 */
export function parseBackup(text: string): Backup {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new BackupError('This file is not JSON, so it is not a Jobmark backup. Nothing was imported.');
  }
  if (!isObj(data) || data.format !== BACKUP_FORMAT)
    throw new BackupError('This file is not a Jobmark backup (its "format" is missing or different). Nothing was imported.');
  if (data.version !== BACKUP_VERSION)
    throw new BackupError(
      `This backup has version ${String(data.version)}; this Jobmark reads version ${BACKUP_VERSION}. Update Jobmark and try again. Nothing was imported.`,
    );
  if (!Array.isArray(data.roles)) throw new BackupError('This backup has no list of roles. Nothing was imported.');
  data.roles.forEach((role: unknown, i: number) => {
    if (!isObj(role)) throw new BackupError(`Role #${i + 1} in this backup is not an object. Nothing was imported.`);
    for (const [field, ok] of ROLE_CHECKS)
      if (!ok(role[field])) throw new BackupError(`Role #${i + 1} in this backup has an invalid "${field}". Nothing was imported.`);
    if (role.id !== undefined && !(Number.isInteger(role.id) && (role.id as number) > 0))
      throw new BackupError(`Role #${i + 1} in this backup has an invalid "id". Nothing was imported.`);
  });
  const keys = new Set<string>();
  for (const r of data.roles as Role[]) {
    if (keys.has(r.jobKey)) throw new BackupError(`This backup lists the job "${r.jobKey}" twice. Nothing was imported.`);
    keys.add(r.jobKey);
  }
  return data as unknown as Backup;
}

export interface ImportResult {
  added: number;
  updated: number;
  unchanged: number;
}

/**
 * Merges a validated backup in one transaction (all or nothing). A role whose job key exists is replaced when the
 * file's copy is newer; a new role keeps its id when that id is free.
 */
export async function importBackup(db: JobmarkDB, backup: Backup): Promise<ImportResult> {
  return db.transaction('rw', db.roles, db.snapshots, async () => {
    const result: ImportResult = { added: 0, updated: 0, unchanged: 0 };
    for (const { snapshot, id, ...role } of backup.roles) {
      const existing = await db.roles.where('jobKey').equals(role.jobKey).first();
      let targetId: number;
      if (existing?.id != null) {
        if (existing.updatedAt >= role.updatedAt) {
          result.unchanged++;
          continue;
        }
        targetId = existing.id;
        await db.roles.put({ ...role, id: targetId });
        result.updated++;
      } else {
        const free = id != null && !(await db.roles.get(id));
        targetId = (await db.roles.add(free ? { ...role, id } : role)) as number;
        result.added++;
      }
      if (snapshot) await db.snapshots.put({ roleId: targetId, ...snapshot });
      else await db.snapshots.delete(targetId);
    }
    return result;
  });
}
