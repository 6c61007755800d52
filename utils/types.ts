/**
 * The engine's data shapes. Everything here is plain, serialisable data: it crosses from the page to the
 * background as a message, is written to IndexedDB, and is printed by the CLI.
 */

/** A structural block of the extracted text; offsets are into `PageSnapshot.text`. */
export type BlockKind = 'heading' | 'item' | 'para' | 'cell' | 'term';
export interface TextBlock {
  start: number;
  end: number;
  kind: BlockKind;
  /** 1–6 for headings (h1–h6, or inferred), absent otherwise. */
  level?: number;
}

export type DetectionSource = 'json-ld' | 'microdata' | 'board' | 'heuristic' | 'none';
export interface Detection {
  isJobPosting: boolean;
  source: DetectionSource;
  /** Known job board or ATS ('greenhouse', 'lever', 'linkedin', …) when recognised. */
  board: string | null;
  /** Heuristic score, for debugging and the CLI summary. */
  score: number;
  /** Short human-readable reasons ("json-ld JobPosting", "heading: Requirements"…). */
  reasons: string[];
}

export type WorkMode = 'remote' | 'hybrid' | 'onsite';
export type SalaryPeriod = 'year' | 'month' | 'week' | 'day' | 'hour';
export interface Salary {
  min: number | null;
  max: number | null;
  /** ISO 4217 code, e.g. USD, EUR. */
  currency: string;
  period: SalaryPeriod;
}
export interface YearsRange {
  min: number;
  max: number | null;
}

/** Facts read from markup (JSON-LD, microdata, board DOM, meta tags), before any text analysis. Null = unknown. */
export interface PageFacts {
  title: string | null;
  company: string | null;
  locations: string[];
  workMode: WorkMode | null;
  employmentType: string | null;
  /** ISO 8601 date (YYYY-MM-DD) or date-time. */
  datePosted: string | null;
  validThrough: string | null;
  salary: Salary | null;
  jobKey: string | null;
  /**
   * Short texts from board widgets that sit outside the posting text (Indeed's pay line, Workday's "remote type"):
   * the page side reads them, the text pass parses them when the markup gave no structured value.
   */
  salaryText?: string | null;
  workModeText?: string | null;
}

/** What the page side hands to the analyser: cheap to make in the page, serialisable. */
export interface PageSnapshot {
  url: string | null;
  detection: Detection;
  facts: PageFacts;
  /** Visible text of the posting, blocks joined by '\n'. All offsets refer to this string. */
  text: string;
  blocks: TextBlock[];
}

export type HighlightKind = 'tech' | 'skill' | 'must' | 'nice' | 'experience' | 'salary' | 'degree';
export interface Highlight {
  start: number;
  end: number;
  kind: HighlightKind;
  /** Canonical label: the tech's canonical name, the skill phrase, "15+ years", "267,000–400,400 USD/year"… */
  label: string;
}

export type TechCategory =
  | 'language'
  | 'framework'
  | 'library'
  | 'database'
  | 'cloud'
  | 'devops'
  | 'tool'
  | 'platform'
  | 'data'
  | 'testing'
  | 'mobile'
  | 'protocol'
  | 'os'
  | 'other';
export interface TechStackEntry {
  name: string;
  category: TechCategory;
  mentions: number;
}

export type RequirementKind = 'must' | 'nice';
export interface Requirement {
  text: string;
  kind: RequirementKind;
  start: number;
  end: number;
  /** Minimum years of experience this item asks for. */
  years?: number;
  yearsMax?: number;
  /** The skill the years are attributed to, when the item names one ("5+ years of Go" → "Go"). */
  skill?: string;
}

export type SectionKind = 'about' | 'responsibilities' | 'must' | 'nice' | 'benefits' | 'other';
export interface Section {
  kind: SectionKind;
  start: number;
  end: number;
  heading: string | null;
}

export interface PostingAnalysis {
  isJobPosting: boolean;
  jobKey: string | null;
  title: string | null;
  company: string | null;
  location: string | null;
  locations: string[];
  workMode: WorkMode | null;
  employmentType: string | null;
  datePosted: string | null;
  validThrough: string | null;
  salary: Salary | null;
  experienceYears: YearsRange | null;
  degrees: string[];
  techStack: TechStackEntry[];
  requirements: Requirement[];
  /** Skill phrases (compromise pass); empty until that pass has run. */
  skills: string[];
  sections: Section[];
  text: string;
  highlights: Highlight[];
  source: DetectionSource;
  board: string | null;
}
