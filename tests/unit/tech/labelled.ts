/** Turns `[[surface|Name]]` markup into plain text plus the expected hits. */
export interface ExpectedHit {
  start: number;
  end: number;
  name: string;
}

const LABEL = /\[\[([^\]|]+)(?:\|([^\]]+))?\]\]/g;

/**
 * @example parseLabelled('in [[k8s|Kubernetes]]') // { text: 'in k8s', hits: [{ start: 3, end: 6, name: 'Kubernetes' }] }
 */
export function parseLabelled(marked: string): { text: string; hits: ExpectedHit[] } {
  let text = '';
  const hits: ExpectedHit[] = [];
  let last = 0;
  for (const m of marked.matchAll(LABEL)) {
    text += marked.slice(last, m.index);
    const surface = m[1]!;
    hits.push({ start: text.length, end: text.length + surface.length, name: m[2] ?? surface });
    text += surface;
    last = m.index + m[0].length;
  }
  text += marked.slice(last);
  return { text, hits };
}
