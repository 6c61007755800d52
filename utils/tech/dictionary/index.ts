import type { TechCategory } from '../../types';
import { CLOUD } from './cloud';
import { DATA } from './data';
import { DATABASES } from './databases';
import { DEVOPS } from './devops';
import { parseEntry, type TechEntry } from './format';
import { FRAMEWORKS } from './frameworks';
import { LANGUAGES } from './languages';
import { LIBRARIES } from './libraries';
import { MOBILE } from './mobile';
import { OPERATING_SYSTEMS } from './os';
import { PLATFORMS } from './platforms';
import { PROTOCOLS } from './protocols';
import { TESTING } from './testing';
import { TOOLS } from './tools';

/** The raw dictionary, one list per category. */
export const DICTIONARY_SOURCE: ReadonlyArray<readonly [TechCategory, readonly string[]]> = [
  ['language', LANGUAGES],
  ['framework', FRAMEWORKS],
  ['library', LIBRARIES],
  ['database', DATABASES],
  ['cloud', CLOUD],
  ['devops', DEVOPS],
  ['tool', TOOLS],
  ['platform', PLATFORMS],
  ['data', DATA],
  ['testing', TESTING],
  ['mobile', MOBILE],
  ['protocol', PROTOCOLS],
  ['os', OPERATING_SYSTEMS],
];

let parsed: TechEntry[] | undefined;

/**
 * Every dictionary entry, parsed once.
 * @example techEntries().find((e) => e.name === 'Go')?.category // 'language'
 */
export function techEntries(): readonly TechEntry[] {
  parsed ??= DICTIONARY_SOURCE.flatMap(([category, lines]) => lines.map((line) => parseEntry(line, category)));
  return parsed;
}

export type { TechEntry, TechSurface, SurfaceMode } from './format';
