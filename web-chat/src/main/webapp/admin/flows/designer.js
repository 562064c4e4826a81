// One flow in the designer: the graph (canvas.js), and beside it the selected block's form (form.js), the
// validation problems pinned to their blocks, the versions (versions.js), the test panel (tester.js) and the
// document as JSON text. The designer edits the draft document itself: what it saves (PUT) is exactly what the
// JSON view shows, and every edit is validated (POST /contact-flows/validation) after a short pause.
import { LitElement, html } from 'lit';
import { api, ApiError, problemText } from '/ui/app.js';
import { t } from '/ui/i18n.js';
import { actions, blockName, pointerBlock, setPosition, newIdentifier, pathFromLog, layout } from './graph.js';
import './canvas.js';
import './form.js';
import './versions.js';
import './tester.js';

const TABS = ['block', 'problems', 'versions', 'test', 'json'];

class FlowDesigner extends LitElement {
  static properties = {
    flowId: {}, catalogue: { attribute: false }, resources: { attribute: false },
    flow: { state: true }, doc: { state: true }, selected: { state: true }, problems: { state: true }, tab: { state: true },
    dirty: { state: true }, status: { state: true }, error: { state: true }, path: { state: true }, revision: { state: true },
    jsonError: { state: true }, validating: { state: true }
  };

  createRenderRoot() {
    return this;
  }

  constructor() {
    super();
    this.problems = [];
    this.tab = 'block';
    this.revision = 0;
    this.path = [];
  }

  async connectedCallback() {
    super.connectedCallback();
    try {
      this.flow = await api('contact-flows/' + encodeURIComponent(this.flowId));
      this.doc = structuredClone(this.flow.content);
      this.validate();
    } catch (e) {
      this.error = problemText(e);
    }
    window.addEventListener('beforeunload', this.onUnload = e => { if (this.dirty) e.preventDefault(); });
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener('beforeunload', this.onUnload);
    clearTimeout(this.validateTimer);
  }

  get types() {
    return this.catalogue?.types || new Map();
  }

  /** Something changed the document: redraw, mark unsaved, validate after a pause. */
  changed() {
    this.dirty = true;
    this.revision++;
    this.status = '';
    clearTimeout(this.validateTimer);
    this.validateTimer = setTimeout(() => this.validate(), 350);
  }

  async validate() {
    const sent = this.revision;
    this.validating = true;
    try {
      const r = await api('contact-flows/validation', { method: 'POST', body: { type: this.flow.type, content: this.doc } });
      if (sent === this.revision) this.setProblems(r.problems);
    } catch (e) {
      if (e instanceof ApiError && e.problem.violations) this.setProblems(e.problem.violations.map(v => ({ pointer: v.field, message: v.message })));
      else this.error = problemText(e);
    } finally {
      this.validating = false;
    }
  }

  setProblems(list) {
    this.problems = (list || []).map(p => ({ ...p, ...pointerBlock(this.doc, p.pointer) }));
  }

  problemsByBlock() {
    const m = new Map();
    for (const p of this.problems) if (p.id !== null) m.set(p.id, [...(m.get(p.id) || []), p]);
    return m;
  }

  async save() {
    this.error = '';
    try {
      const body = { name: this.flow.name, description: this.flow.description, type: this.flow.type, content: this.doc };
      this.flow = await api('contact-flows/' + encodeURIComponent(this.flow.id), { method: 'PUT', body });
      this.dirty = false;
      this.status = t('fdSaved');
      return true;
    } catch (e) {
      this.failed(e);
      return false;
    }
  }

  async publish() {
    if (!(await this.save())) return;
    try {
      this.flow = await api('contact-flows/' + encodeURIComponent(this.flow.id) + '/publish', { method: 'POST' });
      this.status = t('fdPublished', { n: this.flow.publishedVersion });
      this.problems = [];
      this.querySelector('cc-flow-versions')?.reload();
    } catch (e) {
      this.failed(e);
    }
  }

  /** A refused save or publish: its violations (/content/Actions/…) are pinned to their blocks. */
  failed(e) {
    if (e instanceof ApiError && e.problem.violations?.length) {
      this.setProblems(e.problem.violations.map(v => ({ pointer: v.field, message: v.message })));
      this.tab = 'problems';
    }
    this.error = problemText(e);
  }

  async rollback(e) {
    this.doc = e.detail.content;
    this.changed();
    await this.publish();
    this.querySelector('cc-flow-canvas')?.fit(true);
  }

  /** Selects a block (null: none); centered: brought to the middle of the graph (chosen from a list, not on it). */
  select(id, centered = false) {
    this.selected = id;
    if (id) this.tab = 'block';
    if (id && centered) this.querySelector('cc-flow-canvas')?.center(id);
  }

  move(e) {
    setPosition(this.doc, e.detail.id, e.detail.x, e.detail.y);
    this.selected = e.detail.id;
    this.changed();
  }

  addBlock() {
    const type = this.querySelector('#add-type').value;
    const entry = this.types.get(type);
    if (!entry) return;
    // keep every block where it is drawn now: a new block must not reshuffle the automatic layout
    const pos = layout(this.doc, this.types);
    for (const a of actions(this.doc)) setPosition(this.doc, a.Identifier, pos.get(a.Identifier).x, pos.get(a.Identifier).y);
    const id = newIdentifier(this.doc, type);
    if (!Array.isArray(this.doc.Actions)) this.doc.Actions = [];
    const parameters = type === 'MessageParticipantIteratively' ? { Messages: [{ Text: '' }] } : {};
    this.doc.Actions.push({ Identifier: id, Type: type, Parameters: parameters, Transitions: {} });
    const ys = [...pos.values()].map(p => p.y);
    setPosition(this.doc, id, Math.min(...[...pos.values()].map(p => p.x), 140), (ys.length ? Math.max(...ys) : 0) + 140);
    if (!this.doc.StartAction) this.doc.StartAction = id;
    this.selected = id;
    this.tab = 'block';
    this.changed();
  }

  deleteBlock(id) {
    if (!confirm(t('fdDeleteConfirm', { id }))) return;
    this.doc.Actions = actions(this.doc).filter(a => a.Identifier !== id);
    for (const a of this.doc.Actions) {
      const tr = a.Transitions;
      if (!tr || typeof tr !== 'object') continue;
      if (tr.NextAction === id) delete tr.NextAction;
      if (Array.isArray(tr.Conditions)) tr.Conditions.forEach(c => { if (c?.NextAction === id) c.NextAction = ''; });
      if (Array.isArray(tr.Errors)) tr.Errors = tr.Errors.filter(x => x?.NextAction !== id);
    }
    if (this.doc.Metadata?.ActionMetadata) delete this.doc.Metadata.ActionMetadata[id];
    if (this.doc.StartAction === id) this.doc.StartAction = '';
    this.selected = null;
    this.changed();
  }

  applyJson() {
    try {
      const parsed = JSON.parse(this.querySelector('#json-text').value);
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error(t('fdJsonObject'));
      this.doc = parsed;
      this.jsonError = '';
      if (this.selected && !actions(parsed).some(a => a.Identifier === this.selected)) this.selected = null;
      this.changed();
      this.querySelector('cc-flow-canvas')?.fit(true);
    } catch (e) {
      this.jsonError = e.message;
    }
  }

  render() {
    if (this.error && !this.flow) return html`<p class="error" role="alert">${this.error}</p>`;
    if (!this.doc) return html`<p class="muted">${t('fdLoading')}</p>`;
    const byBlock = this.problemsByBlock();
    const action = actions(this.doc).find(a => a.Identifier === this.selected);
    const allowed = [...this.types.values()].filter(x => !x.flowTypes.length || x.flowTypes.includes(this.flow.type));
    return html`<div class="designer-bar">
        <a href="/admin/flows/" id="back">← ${t('fdAllFlows')}</a>
        <h2 id="flow-name">${this.flow.name}</h2><span class="muted">${t('type' + this.flow.type)}</span>
        <span class="muted" id="published-version">${this.flow.publishedVersion ? t('fdVersionN', { n: this.flow.publishedVersion }) : t('fdNeverPublished')}</span>
        <span class="spacer"></span>
        <label for="find-block" class="visually-hidden">${t('fdFindBlock')}</label>
        <select id="find-block" @change=${e => { if (e.target.value) this.select(e.target.value, true); }}>
          <option value="">${t('fdFindBlock')}</option>
          ${actions(this.doc).map(a => html`<option value=${a.Identifier} ?selected=${a.Identifier === this.selected}>${a.Identifier} · ${blockName(t, a.Type, this.types.get(a.Type))}</option>`)}
        </select>
        <label for="add-type" class="visually-hidden">${t('fdBlockType')}</label>
        <select id="add-type">${allowed.map(x => html`<option value=${x.type}>${blockName(t, x.type, x)}</option>`)}</select>
        <button type="button" id="add-block" @click=${() => this.addBlock()}>${t('fdAddBlock')}</button>
        <span id="validity" class=${this.problems.length ? 'error' : 'ok'} role="status">
          ${this.validating ? t('fdValidating') : this.problems.length ? t('fdProblemsN', { n: this.problems.length }) : t('fdValid')}</span>
        <button type="button" id="save" ?disabled=${!this.dirty} @click=${() => this.save()}>${t('fdSave')}</button>
        <button type="button" class="primary" id="publish" @click=${() => this.publish()}>${t('fdPublish')}</button>
      </div>
      <p class="designer-message" aria-live="polite">${this.error ? html`<span class="error" role="alert" id="designer-error">${this.error}</span>`
        : this.status ? html`<span class="ok" id="designer-status">${this.status}</span>` : ''}</p>
      <div class=${'designer' + (this.tab === 'versions' || this.tab === 'json' ? ' wide' : '')}>
        <cc-flow-canvas .doc=${this.doc} .types=${this.types} .problems=${byBlock} .selected=${this.selected} .path=${this.path}
          .revision=${this.revision} @select=${e => this.select(e.detail.id)} @move=${e => this.move(e)}></cc-flow-canvas>
        <aside class="side">
          <div role="tablist" aria-label=${t('fdPanels')} class="tabs" @keydown=${e => this.tabKey(e)}>
            ${TABS.map(k => html`<button type="button" role="tab" id=${'tab-' + k} aria-selected=${this.tab === k ? 'true' : 'false'}
              tabindex=${this.tab === k ? '0' : '-1'} aria-controls=${'panel-' + k} @click=${() => { this.tab = k; }}>
              ${t('fdTab_' + k)}${k === 'problems' && this.problems.length ? html` <span class="count">${this.problems.length}</span>` : ''}</button>`)}
          </div>
          <div role="tabpanel" id=${'panel-' + this.tab} aria-labelledby=${'tab-' + this.tab} class="panel">${this.panel(action, byBlock)}</div>
        </aside>
      </div>`;
  }

  tabKey(e) {
    const i = TABS.indexOf(this.tab);
    const next = e.key === 'ArrowRight' ? (i + 1) % TABS.length : e.key === 'ArrowLeft' ? (i + TABS.length - 1) % TABS.length : -1;
    if (next < 0) return;
    this.tab = TABS[next];
    this.updateComplete.then(() => this.querySelector('#tab-' + this.tab)?.focus());
  }

  panel(action, byBlock) {
    switch (this.tab) {
      case 'block':
        return html`<cc-block-form .action=${action} .type=${action ? this.types.get(action.Type) : null} .resources=${this.resources}
          .ids=${actions(this.doc).map(a => ({ id: a.Identifier, block: blockName(t, a.Type, this.types.get(a.Type)) }))}
          .problems=${action ? byBlock.get(action.Identifier) || [] : []} .operators=${this.catalogue?.operators} .start=${this.doc.StartAction}
          .revision=${this.revision} @edited=${() => this.changed()} @delete=${e => this.deleteBlock(e.detail.id)}
          @start=${e => { this.doc.StartAction = e.detail.id; this.changed(); }}></cc-block-form>`;
      case 'problems':
        return this.problems.length ? html`<ul class="problems" id="problems">${this.problems.map(p => html`<li>
            ${p.id !== null ? html`<button type="button" class="link" data-block=${p.id} @click=${() => this.select(p.id, true)}>${p.id}</button>`
              : html`<code>${p.rest || p.pointer}</code>`} ${p.message}</li>`)}</ul>`
          : html`<p class="ok" id="problems">${t('fdNoProblems')}</p>`;
      case 'versions':
        return html`<cc-flow-versions .flow=${this.flow} .draft=${this.doc} @rollback=${e => this.rollback(e)}></cc-flow-versions>`;
      case 'test':
        return html`<cc-flow-tester .flow=${this.flow} @path=${e => { this.path = pathFromLog(e.detail.log, this.doc, this.flow.name); }}></cc-flow-tester>
          ${this.path.length ? html`<p class="muted small" id="test-path">${t('fdPath')}: ${this.path.map(p => p.id + (p.error ? ' (' + p.error + ')' : '')).join(' → ')}</p>`
            : html`<p class="muted small">${t('fdPathNeedsLogging')}</p>`}`;
      default:
        return html`<label for="json-text">${t('fdJsonLabel')}</label>
          <textarea id="json-text" spellcheck="false" .value=${JSON.stringify(this.doc, null, 2)}></textarea>
          ${this.jsonError ? html`<p class="error" role="alert" id="json-error">${this.jsonError}</p>` : ''}
          <button type="button" id="json-apply" @click=${() => this.applyJson()}>${t('fdJsonApply')}</button>`;
    }
  }
}
customElements.define('cc-flow-designer', FlowDesigner);
