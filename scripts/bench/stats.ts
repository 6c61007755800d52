/** Small timing helpers for `npm run bench`. */

export function median(xs: readonly number[]): number {
  return quantile(xs, 0.5);
}

/** Nearest-rank quantile (q in 0..1) of a non-empty sample. */
export function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? NaN;
}

/** Milliseconds one call of `fn` takes. */
export function timeMs(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** Median ms of `reps` calls after `warmup` untimed ones. */
export function medianMs(fn: () => unknown, reps: number, warmup = 2): number {
  for (let i = 0; i < warmup; i++) fn();
  return median(Array.from({ length: reps }, () => timeMs(fn)));
}

const WORD_RE = /\S+/g;
export function countWords(text: string): number {
  return text.match(WORD_RE)?.length ?? 0;
}

/** Repeats `texts` (blank line between) until about `words` words; whole lines, so the result stays realistic. */
export function synthesise(texts: readonly string[], words: number): string {
  const out: string[] = [];
  let n = 0;
  for (let i = 0; n < words; i++) {
    const lines = (texts[i % texts.length] ?? '').split('\n');
    for (const line of lines) {
      if (n >= words) break;
      out.push(line);
      n += countWords(line);
    }
    out.push('');
  }
  return out.join('\n');
}
