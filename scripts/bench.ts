/**
 * `npm run bench`: engine speed on our fixtures — throughput and per-posting latency, scaling from 1k to 100k words,
 * cold start, non-posting detection, and the same texts through a naive compromise-everything pipeline.
 * Prints a table with the targets next to the figures and writes bench-results/bench.json.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { analyzeDocument, analyzeText } from '../utils/analyze';
import { parseHtml } from '../utils/node/parse-html';
import { quickGate, readPage } from '../utils/page/read-page';
import { measureColdStart } from './bench/cold-start';
import { naiveAnalyze } from './bench/naive';
import { countWords, median, medianMs, quantile, synthesise, timeMs } from './bench/stats';
import { loadPages, loadPostingFixtures, NON_POSTINGS_DIR } from './lib/fixture-corpus';

const REPS = 15;
const SKILL_REPS = 5;
const SCALE_WORDS = [1_000, 10_000, 50_000, 100_000];
const TARGET_NAIVE_RATIO = 4;
const TARGET_100K_MS = 1_000;
const TARGET_NON_POSTING_MS = 1;
const SHARED_NON_POSTINGS = resolve(process.env.JOBMARK_SHARED_DIR ?? '../shared', 'corpus/non-postings');

const log = (s = '') => process.stdout.write(`${s}\n`);
const fmt = (n: number, d = 2) => (Number.isFinite(n) ? n.toFixed(d) : 'n/a');
const verdict = (ok: boolean) => (ok ? 'OK' : 'MISS');

// 1. Fixture postings: latency per posting (engine only; HTML parsing is the host's job) and throughput.
const fixtures = loadPostingFixtures().map((f) => ({
  ...f,
  doc: f.kind === 'html' ? parseHtml(f.source) : null,
}));
const run = (f: (typeof fixtures)[number], skills: boolean) =>
  f.doc ? analyzeDocument(f.doc, f.expected.url, { skills }) : analyzeText(f.source, { skills });

const perPosting = fixtures.map((f) => {
  const words = countWords(run(f, false).text);
  for (let i = 0; i < 2; i++) run(f, false);
  const samples = Array.from({ length: REPS }, () => timeMs(() => run(f, false)));
  const skillsMs = medianMs(() => run(f, true), SKILL_REPS, 1);
  const naiveMs = medianMs(() => naiveAnalyze(run(f, false).text), 3, 1);
  return { name: f.name, words, samples, ms: median(samples), skillsMs, naiveMs };
});
const allSamples = perPosting.flatMap((p) => p.samples);
const totalWords = perPosting.reduce((s, p) => s + p.words, 0);
const sum = (k: 'ms' | 'skillsMs' | 'naiveMs') => perPosting.reduce((s, p) => s + p[k], 0);
const postings = {
  count: perPosting.length,
  words: totalWords,
  medianMs: median(allSamples),
  p95Ms: quantile(allSamples, 0.95),
  wordsPerSecond: (totalWords / sum('ms')) * 1000,
  withSkills: { medianMs: median(perPosting.map((p) => p.skillsMs)), wordsPerSecond: (totalWords / sum('skillsMs')) * 1000 },
  naive: { medianMs: median(perPosting.map((p) => p.naiveMs)), wordsPerSecond: (totalWords / sum('naiveMs')) * 1000 },
  naiveRatio: sum('naiveMs') / sum('skillsMs'),
  /** Naive vs the dictionary pass alone (what runs per page; the compromise pass runs later, off the page). */
  naiveRatioDictionaryPass: sum('naiveMs') / sum('ms'),
};

// 2. Scaling: our fixture texts repeated to 1k…100k words, as posting text.
const texts = fixtures.map((f) => run(f, false).text);
const scaling = SCALE_WORDS.map((target) => {
  const text = synthesise(texts, target);
  const words = countWords(text);
  const engineMs = medianMs(() => analyzeText(text), target >= 50_000 ? 3 : 5, 1);
  const fullMs = medianMs(() => analyzeText(text, { skills: true }), target >= 50_000 ? 1 : 5, 1);
  const naiveMs = timeMs(() => naiveAnalyze(text));
  return { words, engineMs, fullMs, naiveMs, engineMsPer1k: engineMs / (words / 1000), fullMsPer1k: fullMs / (words / 1000), naiveRatio: naiveMs / fullMs };
});

// 3. Non-postings: the cheap gate, and the full read when the gate lets a page through.
const nonPostingDirs = [NON_POSTINGS_DIR, SHARED_NON_POSTINGS].filter((d) => existsSync(d));
const nonPostings = nonPostingDirs.flatMap((dir) =>
  loadPages(dir).map((p) => {
    const doc = parseHtml(p.source);
    const gate = quickGate(doc, null);
    const gateMs = medianMs(() => quickGate(doc, null), REPS);
    const readMs = gate ? medianMs(() => readPage(doc, null), 5, 1) : 0;
    const detected = gate && readPage(doc, null).detection.isJobPosting;
    return { name: p.name, dir: dir === NON_POSTINGS_DIR ? 'fixtures' : 'shared', gate, gateMs, detectionMs: gateMs + readMs, detected };
  }),
);
const detection = {
  pages: nonPostings.length,
  rejectedByGate: nonPostings.filter((p) => !p.gate).length,
  detected: nonPostings.filter((p) => p.detected).length,
  gateMedianMs: median(nonPostings.map((p) => p.gateMs)),
  gateMaxMs: Math.max(...nonPostings.map((p) => p.gateMs)),
  detectionMedianMs: median(nonPostings.map((p) => p.detectionMs)),
  detectionP95Ms: quantile(nonPostings.map((p) => p.detectionMs), 0.95),
};

// 4. Cold start in fresh processes.
const coldStart = measureColdStart();

// Report.
const at100k = scaling.at(-1);
const targets = {
  naiveRatio: { target: `>= ${TARGET_NAIVE_RATIO}x`, value: postings.naiveRatio, ok: postings.naiveRatio >= TARGET_NAIVE_RATIO },
  words100kMs: { target: `< ${TARGET_100K_MS} ms`, value: at100k?.fullMs ?? NaN, ok: (at100k?.fullMs ?? Infinity) < TARGET_100K_MS },
  nonPostingDetectionMs: {
    target: `< ${TARGET_NON_POSTING_MS} ms`,
    value: detection.detectionMedianMs,
    ok: detection.detectionMedianMs < TARGET_NON_POSTING_MS,
  },
};

log(`Jobmark engine bench · node ${process.version} · ${new Date().toISOString()} · load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores`);
log();
log(`Fixture postings (${postings.count}, ${postings.words} words; engine only, HTML already parsed)`);
log(`  dictionary pass   median ${fmt(postings.medianMs)} ms · p95 ${fmt(postings.p95Ms)} ms · ${fmt(postings.wordsPerSecond, 0)} words/s`);
log(`  + compromise pass median ${fmt(postings.withSkills.medianMs)} ms · ${fmt(postings.withSkills.wordsPerSecond, 0)} words/s`);
log(`  naive (full parse) median ${fmt(postings.naive.medianMs)} ms · ${fmt(postings.naive.wordsPerSecond, 0)} words/s`);
log(`  naive / ours (dictionary pass) ${fmt(postings.naiveRatioDictionaryPass, 1)}x`);
log(`  naive / ours (full analysis, incl. compromise pass) ${fmt(postings.naiveRatio, 1)}x   target ${targets.naiveRatio.target}  ${verdict(targets.naiveRatio.ok)}`);
log();
log('Scaling (posting text built by repeating our fixtures)');
log('  words     engine ms  ms/1k   full ms   ms/1k   naive ms   naive/full');
for (const s of scaling) {
  log(
    `  ${String(s.words).padEnd(9)} ${fmt(s.engineMs, 1).padStart(9)} ${fmt(s.engineMsPer1k).padStart(6)} ` +
      `${fmt(s.fullMs, 1).padStart(9)} ${fmt(s.fullMsPer1k).padStart(7)} ${fmt(s.naiveMs, 0).padStart(10)} ${fmt(s.naiveRatio, 1).padStart(9)}x`,
  );
}
log(`  100k words, full analysis ${fmt(targets.words100kMs.value, 0)} ms   target ${targets.words100kMs.target}  ${verdict(targets.words100kMs.ok)}`);
log();
log(`Non-posting pages (${detection.pages}: ${nonPostingDirs.join(', ') || 'none found'})`);
log(`  quickGate median ${fmt(detection.gateMedianMs, 3)} ms · max ${fmt(detection.gateMaxMs, 3)} ms · rejected by gate ${detection.rejectedByGate}`);
log(`  gate + readPage median ${fmt(detection.detectionMedianMs, 3)} ms · p95 ${fmt(detection.detectionP95Ms, 3)} ms · detected ${detection.detected}`);
log(`  non-posting detection ${fmt(targets.nonPostingDetectionMs.value, 3)} ms   target ${targets.nonPostingDetectionMs.target}  ${verdict(targets.nonPostingDetectionMs.ok)}`);
log();
log(`Cold start (fresh node --import tsx): load utils/analyze ${fmt(coldStart.loadMs, 0)} ms (compromise alone ${fmt(coldStart.compromiseLoadMs, 0)} ms; without compromise: readPage + analyzeSnapshot ${fmt(coldStart.dictionaryPassLoadMs, 0)} ms) · first analysis ${fmt(coldStart.firstAnalysisMs, 0)} ms · first compromise pass ${fmt(coldStart.firstSkillsMs, 0)} ms`);

mkdirSync('bench-results', { recursive: true });
const out = resolve('bench-results/bench.json');
writeFileSync(
  out,
  JSON.stringify(
    {
      date: new Date().toISOString(),
      node: process.version,
      loadAverage: loadavg(),
      cores: cpus().length,
      postings,
      perPosting: perPosting.map(({ samples: _s, ...p }) => p),
      scaling,
      detection,
      nonPostings,
      coldStart,
      targets,
    },
    null,
    2,
  ),
);
log();
log(`JSON: ${out}`);
