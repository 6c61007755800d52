import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { disabledSitesItem, highlightsOnItem, isSiteDisabled, panelStateItem, runModeItem, setSiteDisabled } from '@/utils/settings';
import { PANEL_STATE_FALLBACK, readPageSettings, readPanelState, writeHighlightsOn, writePanelState } from '@/entrypoints/posting/settings-lite';
import { runsOnItsOwn } from '@/utils/disabled-sites';

describe('settings', () => {
  it.each([
    [['example.com'], 'example.com', true],
    [['example.com'], 'jobs.example.com', true],
    [['www.example.com'], 'example.com', true],
    [['example.com'], 'notexample.com', false],
    [['', '  '], 'example.com', false],
    [[], 'example.com', false],
  ])('isSiteDisabled(%j, %s) → %s', (list, host, out) => {
    expect(isSiteDisabled(list, host)).toBe(out);
  });

  it.each([
    ['auto', [], 'https://jobs.example.com/1', true],
    ['auto', ['example.com'], 'https://jobs.example.com/1', false],
    ['auto', ['example.com'], 'https://example.org/1', true],
    ['on-demand', [], 'https://example.org/1', false],
    ['auto', ['example.com'], 'about:blank', true],
    ['auto', ['example.com'], '', true],
    ['on-demand', [], '', false],
  ])('runsOnItsOwn(%s, %j, %s) → %s', (runMode, disabledSites, url, out) => {
    expect(runsOnItsOwn({ runMode, disabledSites }, url)).toBe(out);
  });

  it('switches a site off and on without duplicates', async () => {
    expect(await setSiteDisabled('www.Example.com', true)).toEqual(['example.com']);
    expect(await setSiteDisabled('example.com', true)).toEqual(['example.com']);
    expect(await disabledSitesItem.getValue()).toEqual(['example.com']);
    expect(await setSiteDisabled('example.com', false)).toEqual([]);
  });

  it('the content script reads what the settings items wrote (same keys, same fallbacks)', async () => {
    expect(await readPageSettings()).toEqual({ runMode: 'auto', disabledSites: [], highlightsOn: true });
    await runModeItem.setValue('on-demand');
    await disabledSitesItem.setValue(['example.org']);
    await highlightsOnItem.setValue(false);
    expect(await readPageSettings()).toEqual({ runMode: 'on-demand', disabledSites: ['example.org'], highlightsOn: false });
    await writeHighlightsOn(true);
    expect(await highlightsOnItem.getValue()).toBe(true);
  });

  it('the panel reads and writes its state where panelStateItem does, and falls back field by field', async () => {
    expect(PANEL_STATE_FALLBACK).toEqual(panelStateItem.fallback);
    expect(await readPanelState()).toEqual(panelStateItem.fallback);
    await panelStateItem.setValue({ collapsed: true, corner: 'top-left', seenFirstPosting: true });
    expect(await readPanelState()).toEqual({ collapsed: true, corner: 'top-left', seenFirstPosting: true });
    await writePanelState({ collapsed: false, corner: 'bottom-left', seenFirstPosting: true });
    expect(await panelStateItem.getValue()).toEqual({ collapsed: false, corner: 'bottom-left', seenFirstPosting: true });
    await browser.storage.local.set({ panelState: { collapsed: 'yes', corner: 'middle' } });
    expect(await readPanelState()).toEqual(PANEL_STATE_FALLBACK);
  });
});
