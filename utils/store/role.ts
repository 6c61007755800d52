/**
 * The saved-role record as stored in IndexedDB. Plain data only: it is exported to CSV/JSON and crosses messages.
 */
import type { Highlight, Salary, WorkMode } from '../types';
import type { RoleStatus } from '../messaging';

/** Every status in pipeline order (the dashboard's counts and the status pickers follow it). */
export const ROLE_STATUSES: readonly RoleStatus[] = ['saved', 'applied', 'interviewing', 'offer', 'rejected', 'archived'];

export interface StatusChange {
  status: RoleStatus;
  /** Epoch milliseconds. */
  at: number;
}

/** Must/nice counts and years asked, summarised from the analysis at save time. */
export interface RequirementSummary {
  must: number;
  nice: number;
  yearsMin: number | null;
  yearsMax: number | null;
}

/** Fields the extractor fills and the user may correct; a corrected field is never overwritten by a re-save. */
export const EXTRACTED_FIELDS = [
  'url',
  'title',
  'company',
  'location',
  'workMode',
  'salary',
  'techStack',
  'requirements',
  'employmentType',
  'datePosted',
] as const;
export type ExtractedField = (typeof EXTRACTED_FIELDS)[number];

/** The posting as it was when saved (postings disappear): page text and highlight offsets into it. */
export interface RoleSnapshot {
  roleId: number;
  text: string;
  highlights: Highlight[];
}

export interface Role {
  id?: number;
  /** Canonical job key (unique): the same job saved twice maps to one role. */
  jobKey: string;
  /** Normalised URL (see normalizeJobUrl), a second way to recognise the same job. */
  urlKey: string;
  url: string;
  title: string;
  company: string;
  location: string;
  workMode: WorkMode | null;
  salary: Salary | null;
  /** Canonical tech names, most mentioned first. */
  techStack: string[];
  /** Lower-cased techStack, for the multi-entry index (case-insensitive tech filter). */
  tech: string[];
  requirements: RequirementSummary;
  employmentType: string | null;
  datePosted: string | null;
  status: RoleStatus;
  statusHistory: StatusChange[];
  tags: string[];
  notes: string;
  /** Epoch milliseconds. */
  savedAt: number;
  updatedAt: number;
  /** Fields corrected by hand, kept when the same job is saved again. */
  edited: ExtractedField[];
  /** 'page' when saved from a posting, 'manual' when typed in the dashboard. */
  origin: 'page' | 'manual';
}

/** A role with its snapshot, as carried by backups. */
export type RoleWithSnapshot = Role & { snapshot: { text: string; highlights: Highlight[] } | null };

export const EMPTY_REQUIREMENTS: RequirementSummary = { must: 0, nice: 0, yearsMin: null, yearsMax: null };

/** Lower-cased, de-duplicated tech names for the `*tech` index. */
export function techIndex(techStack: readonly string[]): string[] {
  return [...new Set(techStack.map((t) => t.trim().toLowerCase()).filter(Boolean))];
}
