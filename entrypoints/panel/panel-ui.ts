import type { SavedState } from '@/utils/messaging';
import { send } from '../posting/messages';
import { CORNERS } from '../posting/settings-lite';
import { pack } from '@/utils/wire';
import { HIGHLIGHT_KINDS, HIGHLIGHT_LEGEND } from '@/utils/highlight/names';
import type { PanelState } from '@/utils/settings';
import type { HighlightKind } from '@/utils/types';
import type { PageBridge, PanelView } from './bridge';
import { el, lineIcon, setAttr, setProp, setText } from './dom';
import { companyLine, requirementCounts, salaryText, savedText, workModeText, yearsText } from './format';

/** A diagonal double arrow ("move to another corner"), drawn: the font glyph for it (⤢) is in few UI fonts. */
const MOVE_ICON = 'M7 1h4v4M11 1 1 11M1 7v4h4';

const MAX_CHIPS = 24;
const noop = () => {};

/** The line under the company: where the analysis is, or how the page was read. */
function noteText(view: PanelView): string {
  if (view.phase === 'reading') return 'Reading the posting…';
  if (view.phase === 'failed') return 'Jobmark could not analyse this page. Reload it to try again.';
  if (view.fromSelection) return 'Read from your selection.';
  return view.manual && !view.analysis.isJobPosting ? 'Annotated on request: this page did not look like one posting.' : '';
}

/** The panel's DOM (inside the shadow root): built once, updated in place when the posting changes. */
export class PanelUi {
  readonly root: HTMLDivElement;
  private readonly title = el('h2');
  private readonly company = el('p', { class: 'company' });
  private readonly note = el('p', { class: 'note' });
  private readonly facts = el('dl');
  private readonly tech = el('div', { class: 'chips', 'data-kind': 'tech' });
  private readonly skills = el('div', { class: 'chips', 'data-kind': 'skill' });
  private readonly skillsLabel = el('p', { class: 'label' }, 'Skills asked for');
  private readonly toggle = el('button', { class: 'toggle', type: 'button', 'aria-pressed': 'true' });
  private readonly save = el('button', { class: 'save', type: 'button' }, 'Save');
  private readonly status = el('span', { class: 'status', role: 'status' });
  private view: PanelView;
  private saved: SavedState | null = null;

  constructor(
    private readonly bridge: PageBridge,
    private state: PanelState,
    private readonly persist: (s: PanelState) => void,
  ) {
    this.view = bridge.view()!;
    const tab = el('button', { class: 'tab', type: 'button', title: 'Show the Jobmark summary' }, 'Jobmark');
    const move = el('button', { class: 'move', type: 'button', title: 'Move to another corner', 'aria-label': 'Move panel' }, lineIcon(MOVE_ICON));
    const collapse = el('button', { class: 'collapse', type: 'button', title: 'Collapse', 'aria-label': 'Collapse panel' }, '–');
    const legend = el('ul', { class: 'legend' });
    for (const kind of HIGHLIGHT_KINDS) legend.append(el('li', {}, el('span', { class: `sw ${kind}` }, HIGHLIGHT_LEGEND[kind])));
    const card = el(
      'section',
      { class: 'card', role: 'region', 'aria-label': 'Jobmark posting summary' },
      el('header', {}, el('span', { class: 'brand' }, 'Jobmark'), move, collapse),
      this.title, this.company, this.note, this.facts,
      el('p', { class: 'label' }, 'Tech stack'), this.tech,
      this.skillsLabel, this.skills,
      el('details', {}, el('summary', {}, 'What the highlights mean'), legend),
      el('div', { class: 'actions' }, this.save, this.toggle, this.status),
    );
    this.root = el('div', { class: 'jm' }, tab, card);
    tab.addEventListener('click', () => this.setCollapsed(false));
    collapse.addEventListener('click', () => this.setCollapsed(true));
    move.addEventListener('click', () => {
      const next = CORNERS[(CORNERS.indexOf(this.state.corner) + 1) % CORNERS.length]!;
      this.setState({ ...this.state, corner: next });
    });
    this.toggle.addEventListener('click', () => this.bridge.setHighlightsOn(!this.view.highlightsOn));
    this.save.addEventListener('click', () => void this.onSave());
    for (const chips of [this.tech, this.skills])
      chips.addEventListener('click', (e) => {
        const chip = (e.target as Element).closest('button');
        const label = chip?.getAttribute('data-label');
        if (label) this.bridge.scrollToNext(chips.getAttribute('data-kind') as HighlightKind, label);
      });
    this.applyState();
    this.update(this.view);
  }

  update(view: PanelView): void {
    const jobChanged = view.analysis.jobKey !== this.view.analysis.jobKey;
    this.view = view;
    const a = view.analysis;
    setText(this.title, a.title ?? (view.fromSelection ? 'Selected text' : document.title || 'Untitled posting'));
    setText(this.company, companyLine(a));
    setText(this.note, noteText(view));
    const { must, nice } = requirementCounts(a);
    const rows: [string, string | null][] = [
      ['Salary', salaryText(a.salary)],
      ['Work mode', workModeText(a.workMode)],
      ['Experience', yearsText(a.experienceYears)],
      ['Requirements', a.requirements.length ? `${must} must · ${nice} nice` : null],
    ];
    this.facts.replaceChildren(...rows.filter(([, v]) => v).flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v!)]));
    this.tech.replaceChildren(
      ...a.techStack.slice(0, MAX_CHIPS).map((t) =>
        el('button', { class: 'chip', type: 'button', 'data-label': t.name, title: `Show the next mention of ${t.name}` },
          t.name, el('span', { class: 'n' }, `×${t.mentions}`)),
      ),
    );
    if (!a.techStack.length && view.phase === 'ready') this.tech.append(el('span', { class: 'note' }, 'No technologies named.'));
    this.skills.replaceChildren(
      ...a.skills.slice(0, MAX_CHIPS).map((s) =>
        el('button', { class: 'chip skill', type: 'button', 'data-label': s, title: `Show the next mention of ${s}` }, s)),
    );
    const findingSkills = view.skillsPending && view.phase === 'ready';
    const noSkills = !a.skills.length && !findingSkills;
    setProp(this.skillsLabel, 'hidden', noSkills);
    if (findingSkills && !a.skills.length) this.skills.append(el('span', { class: 'note' }, 'Finding skills…'));
    this.enableSave();
    setText(this.toggle, view.highlightsOn ? 'Hide highlights' : 'Show highlights');
    setAttr(this.toggle, 'aria-pressed', String(view.highlightsOn));
    // Another job (a single-page site switched): the last one's saved status must not show while this one is read.
    if (jobChanged) this.showSaved(null);
    if (view.phase === 'ready' && !this.saved) void this.refreshSaved();
  }

  expand(): void {
    this.setCollapsed(false);
  }

  private setCollapsed(collapsed: boolean): void {
    this.setState({ ...this.state, collapsed });
  }

  private setState(s: PanelState): void {
    this.state = s;
    this.applyState();
    this.persist(s);
  }

  private applyState(): void {
    setAttr(this.root, 'data-corner', this.state.corner);
    setAttr(this.root, 'data-collapsed', String(this.state.collapsed));
  }

  private showSaved(state: SavedState | null, already = false): void {
    this.saved = state;
    const text = savedText(state);
    setText(this.status, text ? (already ? `Already saved${text.slice(5)}` : text) : '');
    setText(this.save, state?.saved ? 'Saved' : 'Save');
    this.enableSave();
    if (state?.saved) this.reportSaved();
  }

  private async refreshSaved(): Promise<void> {
    const jobKey = this.view.analysis.jobKey;
    if (!jobKey) return this.showSaved(null);
    const state = await send('getSavedState', { jobKey }).catch(() => null);
    if (jobKey === this.view.analysis.jobKey) this.showSaved(state);
  }

  /** Saving takes the analysis: not while it is on its way, nor twice. */
  private canSave(): boolean {
    return this.view.phase === 'ready' && !this.saved?.saved;
  }

  private enableSave(): void {
    setProp(this.save, 'disabled', !this.canSave());
  }

  private async onSave(): Promise<void> {
    if (!this.canSave()) return;
    this.save.disabled = true;
    setText(this.status, 'Saving…');
    try {
      const { analysis, url } = this.view;
      const kept = { jobKey: analysis.jobKey, textLength: analysis.text.length };
      const res = (await send('saveRole', { url, kept })) ?? (await send('saveRole', { url, packed: pack(analysis) }));
      if (!res) throw new Error('the background did not take it');
      this.showSaved(res, res.alreadySaved);
    } catch (err) {
      this.save.disabled = false;
      setText(this.status, `Couldn't save: ${err instanceof Error ? err.message : 'unknown error'}`);
    }
  }

  /** The toolbar badge shows saved postings too. */
  private reportSaved(): void {
    const { url, analysis } = this.view;
    void send('reportPosting', { url, saved: true })
      .then((known) => known || send('reportPosting', { url, saved: true, posting: pack({ url, analysis, saved: true }) }))
      .catch(noop);
  }
}
