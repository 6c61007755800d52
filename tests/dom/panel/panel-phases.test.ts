// The panel while the background reads the posting, once it has, and when it could not.
import { beforeEach, describe, expect, it, vi } from 'vitest';

// The background, for the panel's one question here: the role was never saved.
const asked = vi.hoisted(() => [] as string[]);
vi.mock('@/entrypoints/posting/messages', () => ({
  send: async (type: string, data: { jobKey: string }) => {
    if (type === 'getSavedState') asked.push(data.jobKey);
    return { saved: false, id: null, status: null };
  },
}));
import { PanelUi } from '@/entrypoints/panel/panel-ui';
import type { PageBridge, PanelView } from '@/entrypoints/panel/bridge';
import { factsAnalysis } from '@/utils/analysis/facts-analysis';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageSnapshot } from '@/utils/types';
import { makeAnalysis } from '../store/make-analysis';

const snapshot: PageSnapshot = {
  url: 'https://jobs.example.test/quillfeather/2291',
  detection: { isJobPosting: true, source: 'json-ld', board: null, score: 1, reasons: [] },
  facts: {
    title: 'Backend Engineer, Payments Ledger', company: 'Quillfeather', locations: ['Lisbon, Portugal'], workMode: 'hybrid',
    employmentType: null, datePosted: null, validThrough: null, salary: null, jobKey: 'jsonld:quillfeather:QF-2291',
  },
  text: 'Backend Engineer\nBuild the ledger in Go.',
  blocks: [],
};

function view(over: Partial<PanelView>): PanelView {
  return {
    analysis: makeAnalysis(), phase: 'ready', url: snapshot.url!, manual: false, fromSelection: false, highlightsOn: true,
    counts: {}, skillsPending: false, ...over,
  };
}

function panel(first: PanelView) {
  let current = first;
  const bridge: PageBridge = {
    ctx: {} as ContentScriptContext,
    view: () => current,
    setHighlightsOn: () => {},
    scrollToNext: () => false,
  };
  const ui = new PanelUi(bridge, { collapsed: false, corner: 'bottom-right', seenFirstPosting: true }, () => {});
  const save = ui.root.querySelector<HTMLButtonElement>('button.save')!;
  return {
    ui,
    save,
    text: () => ui.root.querySelector('.card')!.textContent ?? '',
    show(v: PanelView) {
      current = v;
      ui.update(v);
    },
  };
}

describe('the panel before and after the analysis', () => {
  beforeEach(() => {
    asked.length = 0;
  });

  it('shows the markup facts while reading, with Save unavailable and no empty-state claims', () => {
    const p = panel(view({ analysis: factsAnalysis(snapshot), phase: 'reading', skillsPending: true }));
    expect(p.text()).toContain('Backend Engineer, Payments Ledger');
    expect(p.text()).toContain('Quillfeather');
    expect(p.text()).toContain('Hybrid');
    expect(p.text()).toContain('Reading the posting…');
    // Nothing is known of the text yet: no "No technologies named", no "Finding skills" before the dictionary pass.
    expect(p.text()).not.toContain('No technologies named');
    expect(p.text()).not.toContain('Finding skills');
    expect(p.save.disabled).toBe(true);
    expect(asked).toEqual([]); // nothing to ask the background about before the analysis
  });

  it('fills in the analysis in place and enables Save once it arrives', async () => {
    const p = panel(view({ analysis: factsAnalysis(snapshot), phase: 'reading', skillsPending: true }));
    p.show(view({ skillsPending: true }));
    expect(p.text()).not.toContain('Reading the posting');
    expect(p.text()).toMatch(/2 must · 1 nice/);
    expect(p.text()).toContain('PostgreSQL');
    expect(p.text()).toContain('Finding skills…');
    expect(p.save.disabled).toBe(false);
    await expect.poll(() => asked).toEqual(['jsonld:quillfeather:QF-2291']);
  });

  it('says so when the analysis failed, and keeps Save unavailable', () => {
    const p = panel(view({ analysis: factsAnalysis(snapshot), phase: 'reading' }));
    p.show(view({ analysis: factsAnalysis(snapshot), phase: 'failed' }));
    expect(p.text()).toContain('could not analyse this page');
    expect(p.save.disabled).toBe(true);
    p.save.click();
    expect(p.text()).not.toContain('Saving');
  });
});
