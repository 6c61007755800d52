// Reading loosely typed schema.org values: a field may be a string, a number, an object with a name, or an array.

const ENTITY_RE = /&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos|nbsp));/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
/** Markup inside JSON-LD strings: script/style blocks go whole, other tags leave their text. */
const SCRIPT_BLOCK_RE = /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const TAG_RE = /<[^>]*>/g;
const WS_RE = /\s+/g;

/** Decodes the few entities found in JSON-LD strings, strips stray tags, collapses whitespace. */
export function cleanString(s: string): string {
  return s
    .replace(SCRIPT_BLOCK_RE, ' ')
    .replace(TAG_RE, ' ')
    .replace(ENTITY_RE, (m, dec?: string, hex?: string, name?: string) =>
      dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : NAMED[name?.toLowerCase() ?? ''] ?? m,
    )
    .replace(WS_RE, ' ')
    .trim();
}

/**
 * A display string from a schema.org value: strings, numbers, `{name}` / `{value}` objects, first of an array.
 * @example ldString([{ '@type': 'Organization', name: 'Acme &amp; Co' }]) // 'Acme & Co'
 */
export function ldString(v: unknown): string | null {
  if (Array.isArray(v)) return v.length ? ldString(v[0]) : null;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return cleanString(v) || null;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return ldString(o.name ?? o.value ?? o['@value']);
  }
  return null;
}

/** A number from 90000, "90000", "90,000.00" or "90 000"; null otherwise. */
export function ldNumber(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v !== 'string') return null;
  const n = Number(v.replace(/[\s,]/g, ''));
  return v.trim() && Number.isFinite(n) ? n : null;
}

/** Always an array (schema.org allows one value or many). */
export function ldList(v: unknown): unknown[] {
  return v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
}

/** ISO date or date-time, as given when already ISO, else parsed; null when unreadable. */
export function ldDate(v: unknown): string | null {
  const s = ldString(v);
  if (!s) return null;
  if (/^\d{4}-\d{2}-\d{2}/.test(s)) return s;
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}
