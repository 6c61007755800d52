import { describe, expect, it } from 'vitest';
import { detectText } from '../../../utils/page/detect';
import { blocksFromPlainText } from '../../../utils/page/plain-text';
import { analyzeText } from '../../../utils/analyze';

const POSTING = [
  'Site Reliability Engineer',
  'Fernhollow Logistics — Rotterdam',
  '',
  'What you will do',
  '- Keep our routing services up through peak season.',
  '- Automate the boring parts of on-call.',
  '',
  'What we ask',
  '- 4+ years running Linux services in production.',
  '- Terraform and Kubernetes experience.',
  '',
  'What we offer',
  '- 30 days of holiday and a train pass.',
  '',
  'Apply now',
].join('\n');

const NEWS = [
  'Fernhollow Logistics to hire 300 people in Rotterdam',
  '',
  'The freight company said on Tuesday that it plans to add 300 jobs over the next two years, most of them in',
  'warehouses and a few in its software team. The mayor welcomed the news.',
  '',
  'Requirements for the new warehouse permit are still under review, a spokesperson said.',
].join('\n');

const BLOG = [
  'Why we moved from Kafka to Postgres queues',
  '',
  'Our team ran Kafka for five years. Here is what we learned about Go, Rust and Kubernetes along the way.',
  '',
  'Lessons',
  '- Measure before you migrate.',
  '- Keep the old path running.',
].join('\n');

describe('detectText (plain-text input)', () => {
  it.each([
    ['a posting with duties, needs and offer sections', POSTING, true],
    ['news about a company hiring', NEWS, false],
    ['a tech blog post', BLOG, false],
    ['empty text', '', false],
    [
      'an Italian posting (duties, requirements, preferred titles, offer)',
      'Sviluppatrice Android\nDi cosa ti occuperai\n- Nuove schermate in Kotlin.\nRequisiti\n- Almeno 2 anni di esperienza con Android.\nCostituisce titolo preferenziale\n- Jetpack Compose.\nCosa offriamo\n- Tempo indeterminato, buoni pasto.',
      true,
    ],
    [
      'a contract posting with Scope / Qualifications / Rate',
      'Flutter Developer (Contract)\nScope\n- Rebuild the checkout flow.\nQualifications\n- 3+ years of Flutter experience.\nRate\n- 6-month contract, €500 per day.',
      true,
    ],
  ])('%s → %s', (_name, text, want) => {
    expect(detectText(text, blocksFromPlainText(text)).isJobPosting).toBe(want);
  });

  it('is what analyzeText reports with detect, while --jsonl-style calls keep taking text as a posting', () => {
    expect(analyzeText(NEWS, { detect: true }).isJobPosting).toBe(false);
    expect(analyzeText(NEWS).isJobPosting).toBe(true);
    expect(analyzeText(POSTING, { detect: true }).source).toBe('heuristic');
  });
});
