// A flow's published versions: two of them (or the draft) side by side as JSON with the changed lines marked, and
// rolling back: the API keeps versions immutable, so an old version's document becomes the draft (PUT) and is
// published as the next version (POST …/publish) — the page does both after a confirmation.
import { LitElement, html } from 'lit';
import { api, dateTime, problemText } from '/ui/app.js';
import { t } from '/ui/i18n.js';
import { diffLines } from './graph.js';

class FlowVersions extends LitElement {
  static properties = {
    flow: { attribute: false }, draft: { attribute: false }, versions: { state: true }, left: { state: true },
    right: { state: true }, contents: { state: true }, message: { state: true }, busy: { state: true }
  };

  createRenderRoot() {
    return this;
  }

  constructor() {
    super();
    this.versions = [];
    this.contents = {};
  }

  async reload() {
    try {
      this.versions = await api('contact-flows/' + encodeURIComponent(this.flow.id) + '/versions');
      // the last two versions, else the only one with the draft
      const [newest, previous] = this.versions.map(v => String(v.version));
      this.left = previous || newest || 'draft';
      this.right = previous ? newest : 'draft';
      await Promise.all([this.loadSide(this.left), this.loadSide(this.right)]);
    } catch (e) {
      this.message = problemText(e);
    }
  }

  connectedCallback() {
    super.connectedCallback();
    this.reload();
  }

  async loadSide(key) {
    if (key === 'draft' || this.contents[key]) return;
    const v = await api('contact-flows/' + encodeURIComponent(this.flow.id) + '/versions/' + encodeURIComponent(key));
    this.contents = { ...this.contents, [key]: v.content };
  }

  text(key) {
    const c = key === 'draft' ? this.draft : this.contents[key];
    return c ? JSON.stringify(c, null, 2) : '';
  }

  async choose(side, key) {
    try {
      await this.loadSide(key);
      this[side] = key;
    } catch (e) {
      this.message = problemText(e);
    }
  }

  async rollBack(version) {
    if (!confirm(t('fdRollBackConfirm', { version }))) return;
    this.busy = true;
    try {
      await this.loadSide(String(version));
      this.dispatchEvent(new CustomEvent('rollback', { detail: { version, content: structuredClone(this.contents[String(version)]) }, bubbles: true }));
    } catch (e) {
      this.message = problemText(e);
    } finally {
      this.busy = false;
    }
  }

  /** Scrolls the diff to the next changed line below the top of its view (then from the start again). */
  nextChange() {
    const box = this.querySelector('#diff');
    const rows = [...box.querySelectorAll('.diff-row.changed')];
    const next = rows.find(r => r.offsetTop > box.scrollTop + 4) || rows[0];
    if (next) box.scrollTop = next.offsetTop - 4;
  }

  options(selected) {
    return html`<option value="draft" ?selected=${selected === 'draft'}>${t('fdDraft')}</option>
      ${this.versions.map(v => html`<option value=${String(v.version)} ?selected=${selected === String(v.version)}>${t('fdVersionN', { n: v.version })}</option>`)}`;
  }

  render() {
    const rows = this.left && this.right ? diffLines(this.text(this.left), this.text(this.right)) : [];
    const changed = rows.filter(r => r.changed).length;
    return html`${this.message ? html`<p class="error" role="alert">${this.message}</p>` : ''}
      <table class="versions" id="versions">
        <thead><tr><th>${t('fdVersion')}</th><th>${t('fdPublishedAt')}</th><th>${t('fdPublishedBy')}</th><th></th></tr></thead>
        <tbody>${this.versions.map(v => html`<tr data-version=${v.version}>
          <td>${v.version}${v.current ? html` <strong>(${t('fdCurrent')})</strong>` : ''}</td><td>${dateTime(v.publishedAt)}</td><td>${v.publishedBy}</td>
          <td>${v.current ? '' : html`<button type="button" class="rollback" ?disabled=${this.busy} @click=${() => this.rollBack(v.version)}>${t('fdRollBack')}</button>`}</td>
        </tr>`)}</tbody>
      </table>
      ${this.versions.length ? '' : html`<p class="muted">${t('fdNoVersions')}</p>`}
      <div class="diff-pick">
        <label>${t('fdCompare')} <select id="diff-left" @change=${e => this.choose('left', e.target.value)}>${this.options(this.left)}</select></label>
        <label>${t('fdWith')} <select id="diff-right" @change=${e => this.choose('right', e.target.value)}>${this.options(this.right)}</select></label>
        <span class="muted" id="diff-count">${t('fdChangedLines', { n: changed })}</span>
        ${changed ? html`<button type="button" id="diff-next" @click=${() => this.nextChange()}>${t('fdNextChange')}</button>` : ''}
      </div>
      <div class="diff" id="diff" tabindex="0" role="table" aria-label=${t('fdDiff')}>
        ${rows.map(r => html`<div role="row" class="diff-row ${r.changed ? 'changed' : ''} ${r.left ? '' : 'added'} ${r.right ? '' : 'removed'}">
          <span role="cell" class="ln">${r.left?.n ?? ''}</span><span role="cell" class="code left">${r.left?.text ?? ''}</span>
          <span role="cell" class="ln">${r.right?.n ?? ''}</span><span role="cell" class="code right">${r.right?.text ?? ''}</span></div>`)}
      </div>`;
  }
}
customElements.define('cc-flow-versions', FlowVersions);
