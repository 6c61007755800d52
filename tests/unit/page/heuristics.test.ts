import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../utils/node/parse-html';
import { quickGate, readPage } from '../../../utils/page/read-page';

// Careers pages without JSON-LD, microdata or a known board: judged from DOM and text alone.
const EN = `<html><head><title>Engineering Manager, Service Infrastructure | Examplepay</title></head><body>
<nav><a href="/">Home</a><a href="/jobs">Jobs</a></nav><main>
<h1>Engineering Manager, Service Infrastructure</h1>
<h2>Who we are</h2><p>Examplepay runs payment infrastructure for online shops.</p>
<h2>What you'll do</h2><ul><li>Lead a team of eight engineers.</li><li>Own the service platform's reliability.</li></ul>
<h2>Minimum requirements</h2><ul><li>15+ years of experience in software engineering.</li><li>Experience with Go or Java.</li></ul>
<h2>Preferred qualifications</h2><ul><li>Experience running Kubernetes at scale.</li></ul>
<p><a href="/apply/123">Apply for this job</a></p></main></body></html>`;
const DE = `<html><head><title>Backend-Entwickler (m/w/d) – Fahrwerk GmbH</title></head><body><main>
<h1>Backend-Entwickler (m/w/d)</h1><p>Vollzeit · München</p>
<h2>Deine Aufgaben</h2><ul><li>Du entwickelst unsere Services in Kotlin.</li></ul>
<h2>Dein Profil</h2><ul><li>Mindestens 3 Jahre Berufserfahrung in der Backend-Entwicklung.</li></ul>
<h2>Wir bieten</h2><ul><li>30 Tage Urlaub</li></ul>
<button>Jetzt bewerben</button></main></body></html>`;
const FR = `<html><head><title>Développeur Python H/F - Brisant</title></head><body><main>
<h1>Développeur Python H/F</h1><p>CDI · Lyon</p>
<h2>Vos missions</h2><ul><li>Concevoir nos API.</li></ul>
<h2>Profil recherché</h2><ul><li>3 ans d'expérience minimum en Python.</li></ul>
<a class="btn" href="/postuler">Postuler</a></main></body></html>`;
const ES = `<html><head><title>Analista de datos – Cardo</title></head><body><main>
<h1>Analista de datos</h1><h2>Qué harás</h2><ul><li>Preparar informes semanales.</li></ul>
<h2>Requisitos</h2><ul><li>Experiencia con SQL.</li></ul><h2>Qué ofrecemos</h2><ul><li>Horario flexible.</li></ul>
<a href="/aplicar">Inscribirme</a></main></body></html>`;
const DIVS = `<html><head><title>Support Engineer | Quillon</title></head><body><div class="page">
<div class="job-title">Support Engineer</div><div class="section-label">What you'll do</div>
<div class="text">Answer customer questions about our API and fix what you can.</div>
<div class="section-label">Requirements</div><div class="text">• 2+ years of experience in customer-facing technical work</div>
<a class="cta" href="/apply">Apply now</a></div></body></html>`;
const BOLD = `<html><body><div class="content">
<p><strong>Data Analyst (Remote)</strong></p><p>We help farms sell directly to restaurants.</p>
<p><strong>Responsibilities</strong></p><p>• Build dashboards<br>• Answer questions with SQL</p>
<p><strong>Requirements:</strong></p><p>• 2+ years of experience as an analyst</p>
<p><a href="mailto:jobs@example.org">Apply now</a></p></div></body></html>`;

describe('text heuristics', () => {
  it.each([
    ['English careers page', EN, 'Engineering Manager, Service Infrastructure'],
    ['German posting', DE, 'Backend-Entwickler (m/w/d)'],
    ['French posting', FR, 'Développeur Python H/F'],
    ['Spanish posting', ES, 'Analista de datos'],
    ['bold paragraphs as headings', BOLD, 'Data Analyst (Remote)'],
    ['section labels in plain divs', DIVS, 'Support Engineer'],
    ['a role whose title has an article-ish word', EN.replaceAll('Engineering Manager, Service Infrastructure', 'Mountain Tour Guide'), 'Mountain Tour Guide'],
  ])('%s is detected from the page alone', (_name, html, title) => {
    const doc = parseHtml(html);
    expect(quickGate(doc, 'http://127.0.0.1:8080/posting.html')).toBe(true);
    const s = readPage(doc, 'http://127.0.0.1:8080/posting.html');
    expect(s.detection, s.detection.reasons.join('; ')).toMatchObject({ isJobPosting: true, source: 'heuristic' });
    expect(s.facts.title).toBe(title);
  });

  it('the English page reads company from the title and has no nav text', () => {
    const s = readPage(parseHtml(EN), null);
    expect(s.facts.company).toBe('Examplepay');
    expect(s.text.startsWith('Engineering Manager, Service Infrastructure\nWho we are')).toBe(true);
  });

  const withJobLinks = (n: number): Document => {
    const cards = Array.from({ length: n }, (_, i) => `<li><a href="/jobs/${1000 + i}-data-role">Data role ${i}</a></li>`).join('');
    return parseHtml(EN.replace('</main>', `<h2>Similar jobs</h2><ul>${cards}</ul></main>`));
  };

  it('a posting followed by a dozen similar jobs is still a posting', () => {
    expect(readPage(withJobLinks(12), null).detection.isJobPosting).toBe(true);
  });

  it('a page of 30 job links is a listing even with posting-like sections', () => {
    const s = readPage(withJobLinks(30), null);
    expect(s.detection.isJobPosting).toBe(false);
    expect(s.detection.reasons.join(' ')).toMatch(/lists 30 jobs/);
  });
});

describe('quickGate', () => {
  it.each([
    ['a news page', '<main><h1>Markets rally</h1><p>Stocks rose on Monday.</p></main>'],
    ['an empty page', ''],
    ['a docs page with one cue', '<main><h2>Requirements</h2><p>Node 20.</p><h2>Install</h2></main>'],
  ])('rejects %s', (_name, html) => {
    expect(quickGate(parseHtml(html), 'https://example.com/a')).toBe(false);
  });

  it('passes a known board URL even before its content has loaded', () => {
    expect(quickGate(parseHtml('<div id="root"></div>'), 'https://jobs.lever.co/acme/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0')).toBe(true);
  });

  it('finds JSON-LD at the end of body', () => {
    const html = `<main><p>x</p></main>${'<div><p>filler</p></div>'.repeat(3000)}<script type="application/ld+json">{"@type":"JobPosting","title":"x"}</script>`;
    expect(quickGate(parseHtml(html), null)).toBe(true);
  });
});
