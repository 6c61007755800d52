import type { TechCategory } from '../../types';

/**
 * Entry syntax: `'Name|alias|alias'`. The first surface is the canonical display name. A surface may start with
 * one marker:
 * - `~` ambiguous: matched only as written (case) and only with evidence (list neighbour, cue, position);
 * - `!` ambiguous and also a person's or place's name: as `~`, but a mid-sentence capital is not evidence;
 * - `=` matched only as written (case), no further evidence needed (`REST`, not "rest").
 * Unmarked surfaces match case-insensitively. Example: `'~Go|Golang'`.
 */
export type SurfaceMode = 'plain' | 'exact' | 'context' | 'strict';

export interface TechSurface {
  text: string;
  mode: SurfaceMode;
}

export interface TechEntry {
  name: string;
  category: TechCategory;
  surfaces: TechSurface[];
}

const MARKER_MODES: Readonly<Record<string, SurfaceMode>> = { '~': 'context', '!': 'strict', '=': 'exact' };

/** True when the surface needs evidence from its neighbourhood before it counts as tech. */
export function needsContext(mode: SurfaceMode): boolean {
  return mode === 'context' || mode === 'strict';
}

/**
 * Parses one compact entry line.
 * @example parseEntry('~Go|Golang', 'language') // { name: 'Go', surfaces: [{text:'Go',mode:'context'}, {text:'Golang',mode:'plain'}] }
 */
export function parseEntry(line: string, category: TechCategory): TechEntry {
  const surfaces: TechSurface[] = [];
  const seen = new Set<string>();
  for (const raw of line.split('|')) {
    const mode = MARKER_MODES[raw[0] ?? ''];
    const text = mode ? raw.slice(1) : raw;
    // Case-insensitive repeats inside one entry add nothing unless their case rule differs.
    const key = (mode ?? 'plain') === 'plain' ? text.toLowerCase() : `${mode}:${text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    surfaces.push({ text, mode: mode ?? 'plain' });
  }
  return { name: surfaces[0]?.text ?? line, category, surfaces };
}
