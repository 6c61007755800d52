/** Cold start: module load of utils/analyze (and a first analysis) in a fresh `node --import tsx` process. */
import { spawnSync } from 'node:child_process';

const PROBE = `
const t0 = performance.now();
const m = await import('./utils/analyze.ts');
const t1 = performance.now();
m.analyzeText('Backend Engineer\\nRequirements\\n- 5+ years of Go and PostgreSQL');
const t2 = performance.now();
m.analyzeText('Backend Engineer\\nRequirements\\n- 5+ years of Go and PostgreSQL', { skills: true });
const t3 = performance.now();
console.log(JSON.stringify({ loadMs: t1 - t0, firstAnalysisMs: t2 - t1, firstSkillsMs: t3 - t2 }));
`;

const COMPROMISE_PROBE = `
const t0 = performance.now();
await import('compromise');
console.log(JSON.stringify({ compromiseLoadMs: performance.now() - t0 }));
`;

const DICTIONARY_PASS_PROBE = `
const t0 = performance.now();
await Promise.all([import('./utils/page/read-page.ts'), import('./utils/analysis/analyze-snapshot.ts')]);
console.log(JSON.stringify({ dictionaryPassLoadMs: performance.now() - t0 }));
`;

export interface ColdStart {
  loadMs: number;
  /** readPage + analyzeSnapshot without compromise: what the page and the background load per analysis. */
  dictionaryPassLoadMs: number;
  /** compromise alone, for scale: what the page would pay if it loaded it. */
  compromiseLoadMs: number;
  firstAnalysisMs: number;
  /** First call with the compromise pass (loads compromise when it is imported lazily). */
  firstSkillsMs: number;
}

/** Median over `runs` fresh processes (the tsx transform cache is warm after the first). */
export function measureColdStart(runs = 3): ColdStart {
  const probe = (code: string) => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`cold-start probe failed: ${r.stderr}`);
    return JSON.parse(r.stdout.trim().split('\n').at(-1) ?? '{}') as Partial<ColdStart>;
  };
  const samples: ColdStart[] = [];
  for (let i = 0; i < runs; i++) {
    samples.push({ ...probe(PROBE), ...probe(COMPROMISE_PROBE), ...probe(DICTIONARY_PASS_PROBE) } as ColdStart);
  }
  const mid = (k: keyof ColdStart) => [...samples.map((s) => s[k])].sort((a, b) => a - b)[Math.floor(runs / 2)] ?? NaN;
  return {
    loadMs: mid('loadMs'),
    dictionaryPassLoadMs: mid('dictionaryPassLoadMs'),
    compromiseLoadMs: mid('compromiseLoadMs'),
    firstAnalysisMs: mid('firstAnalysisMs'),
    firstSkillsMs: mid('firstSkillsMs'),
  };
}
