// JSON as pages really ship it: HTML comments or CDATA around it, trailing commas, raw newlines inside strings,
// entity-encoded quotes. Strict JSON.parse first; repairs only when that fails.

const WRAPPER_RE = /^\s*(?:<!--|\/\*\s*<!\[CDATA\[\s*\*\/|\/\/\s*<!\[CDATA\[)|(?:-->|\/\*\s*\]\]>\s*\*\/|\/\/\s*\]\]>)\s*$/g;
const ENCODED_RE = /^[[{]\s*&quot;/;
const ENTITY_RE = /&(quot|amp|lt|gt|apos|#39);/g;
const ENTITIES: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'", '#39': "'" };
const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function tryParse(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return undefined;
  }
}

/** Escapes raw control characters inside strings and drops trailing commas, in one pass. */
function repair(s: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    if (inString) {
      if (c === '\\') {
        out += c + (s[i + 1] ?? '');
        i++;
      } else {
        if (c === '"') inString = false;
        out += ESCAPES[c] ?? (c < ' ' ? ' ' : c);
      }
    } else if (c === '"') {
      inString = true;
      out += c;
    } else if (c === ',' && /^\s*[}\]]/.test(s.slice(i + 1, i + 64))) {
      continue;
    } else out += c;
  }
  return out;
}

/**
 * Parses JSON leniently; undefined when it cannot be read.
 * @example parseLenientJson('<!-- {"a": [1, 2,],} -->') // { a: [1, 2] }
 */
export function parseLenientJson(source: string): unknown {
  const strict = tryParse(source);
  if (strict !== undefined) return strict;
  let s = source.replace(WRAPPER_RE, '').trim();
  if (ENCODED_RE.test(s)) s = s.replace(ENTITY_RE, (_, e: string) => ENTITIES[e] ?? _);
  return tryParse(s) ?? tryParse(repair(s));
}
