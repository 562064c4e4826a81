// The analysts' rules page (/admin/rules/): the rule files that apply and their state, a DRL as text and a decision
// table as a table, validate, run the case files against the edited rules, publish (hot reload) and roll back.
import { LitElement, html } from 'lit';
import { requireSession, currentSession, api, signOut, ApiError, zonedDateTime } from '/ui/app.js';
import { loadStrings, t, setLang, lang, LANGUAGES } from '/ui/i18n.js';
import { parseCsv, toCsv } from './csv-table.js';

const EDITORS = ['analyst', 'admin'];

/** A rule file's API path: rules/files/KBASE/FILE. */
const filePath = f => 'rules/files/' + encodeURIComponent(f.kbase) + '/' + encodeURIComponent(f.name);

/** The file:line problems of a refusal (violations), else its detail. */
function problemsOf(e) {
  if (e instanceof ApiError) {
    const v = e.problem.violations || [];
    return v.length ? v.map(x => x.message) : [e.message];
  }
  return [t('errNetwork')];
}

class RulesPage extends LitElement {
  static properties = {
    ready: { state: true }, session: { state: true }, files: { state: true }, status: { state: true }, selected: { state: true },
    text: { state: true }, rows: { state: true }, asText: { state: true }, dirty: { state: true }, problems: { state: true },
    note: { state: true }, results: { state: true }, versions: { state: true }, viewed: { state: true }, busy: { state: true },
    typedCases: { state: true }
  };

  createRenderRoot() {
    return this;
  }

  constructor() {
    super();
    Object.assign(this, { ready: false, files: [], problems: [], versions: [], typedCases: '', asText: false, dirty: false });
  }

  async connectedCallback() {
    super.connectedCallback();
    await loadStrings('rules');
    document.title = t('rulesTitle') + ' · ' + t('appName');
    this.session = await requireSession('analyst', 'admin', 'supervisor');
    if (!this.session) this.noRoleUser = (await currentSession().catch(() => null))?.username || '';
    this.ready = true;
    if (this.session) await this.refresh();
    window.addEventListener('beforeunload', e => { if (this.dirty) { e.preventDefault(); e.returnValue = ''; } });
  }

  get canEdit() {
    return EDITORS.some(r => this.session?.roles.includes(r));
  }

  async refresh() {
    const [files, status] = await Promise.all([api('rules/files'), api('rules/status')]);
    this.files = files.files;
    this.status = { ...status, rejectedProblems: files.rejectedProblems, directory: files.directory };
  }

  async open(file) {
    if (this.dirty && !confirm(t('discardEdits'))) return;
    this.selected = file;
    this.problems = [];
    this.results = null;
    this.note = '';
    this.viewed = null;
    const text = await api(filePath(file), { accept: 'text/plain' });
    this.load(text);
    this.versions = (await api(filePath(file) + '/versions')).versions;
  }

  load(text) {
    this.text = text;
    this.rows = this.isTable ? parseCsv(text) : null;
    this.dirty = false;
  }

  get isTable() {
    return this.selected?.name.endsWith('.drl.csv');
  }

  /** The edited text: the table's CSV, or the text area's. */
  current() {
    return this.isTable && !this.asText ? toCsv(this.rows) : this.text;
  }

  edited(text) {
    this.text = text;
    this.dirty = true;
  }

  async run(what, action) {
    this.busy = what;
    this.problems = [];
    this.note = '';
    try {
      await action();
    } catch (e) {
      this.problems = problemsOf(e);
    } finally {
      this.busy = null;
      // the button was disabled while busy, which took the focus away: give it back (keyboard users)
      const button = { validate: '#validate', cases: '#run-cases', publish: '#publish', rollback: '#rollback' }[what];
      this.updateComplete.then(() => this.querySelector(button)?.focus());
    }
  }

  /** The table cells ("ROW:COLUMN") the problems name, to mark them. */
  get invalidCells() {
    return new Set(this.problems.flatMap(p => [...p.matchAll(/\.drl\.csv[^:]*:(\d+):([A-Z]):/g)].map(m => m[1] + ':' + m[2])));
  }

  validate() {
    return this.run('validate', async () => {
      await api('rules/validation/' + encodeURIComponent(this.selected.kbase) + '/' + encodeURIComponent(this.selected.name),
        { method: 'POST', body: this.current(), contentType: 'text/plain' });
      this.note = t('valid');
    });
  }

  runCases() {
    return this.run('cases', async () => {
      const files = { [this.selected.kbase + '/' + this.selected.name]: this.current() };
      this.results = await api('rules/tests', { method: 'POST', body: { files, cases: this.typedCases || null } });
    });
  }

  publish() {
    if (!confirm(t('publishConfirm', { file: this.selected.kbase + '/' + this.selected.name }))) return;
    return this.run('publish', async () => {
      const status = await api(filePath(this.selected), { method: 'PUT', body: this.current(), contentType: 'text/plain' });
      this.note = t('published', { version: status.publishedVersion });
      this.dirty = false;
      await this.afterChange();
    });
  }

  rollback(toVersion) {
    const target = toVersion ? t('versionN', { version: toVersion }) : t('previousState');
    if (!confirm(t('rollbackConfirm', { target }))) return;
    return this.run('rollback', async () => {
      const v = await api(filePath(this.selected) + '/rollback', { method: 'POST', body: toVersion ? { toVersion } : {} });
      this.note = t('rolledBack', { version: v.version });
      await this.afterChange();
      this.load(await api(filePath(this.selected), { accept: 'text/plain' }).catch(() => ''));
    });
  }

  async afterChange() {
    await this.refresh();
    this.versions = (await api(filePath(this.selected) + '/versions')).versions;
    this.selected = this.files.find(f => f.kbase === this.selected.kbase && f.name === this.selected.name) || this.selected;
  }

  async view(version) {
    this.viewed = await api(filePath(this.selected) + '/versions/' + version);
  }

  render() {
    if (!this.ready) return html``;
    if (!this.session) {
      return html`<main class="no-role"><p id="no-role" role="alert">${t('noRole', { user: this.noRoleUser })}</p>
        <p><button type="button" @click=${signOut}>${t('signOut')}</button></p></main>`;
    }
    return html`${this.renderHeader()}
      <div class="rules-layout">
        <nav class="files" aria-label=${t('ruleFiles')}>${this.renderFiles()}</nav>
        <main id="editor">${this.selected ? this.renderEditor() : html`<p class="muted">${t('chooseFile')}</p>`}</main>
      </div>`;
  }

  renderHeader() {
    return html`<header class="bar">
      <h1>${t('appName')} · ${t('rulesTitle')}</h1>
      <nav class="admin-nav">${this.session.roles.includes('admin') ? html`<a href="/admin/">${t('navAdmin')}</a>
        <a href="/admin/flows/">${t('navFlows')}</a>` : ''} <a href="/admin/rules/" aria-current="page">${t('rulesTitle')}</a></nav>
      <span class="spacer"></span>
      <span class="user" id="user">${t('signedInAs', { user: this.session.username })}</span>
      <label class="visually-hidden" for="lang">${t('language')}</label>
      <select id="lang" @change=${e => setLang(e.target.value)}>
        ${LANGUAGES.map(([code, name]) => html`<option value=${code} ?selected=${code === lang()}>${name}</option>`)}
      </select>
      <button type="button" id="sign-out" @click=${signOut}>${t('signOut')}</button>
    </header>`;
  }

  renderFiles() {
    const bases = [...new Set(this.files.map(f => f.kbase))];
    const state = name => this.status?.ruleBases?.find(b => b.name === name);
    return html`
      ${this.status?.rejectedProblems?.length ? html`<div class="alert" role="alert" id="rejected"><strong>${t('rejectedReload')}</strong>
        <ul>${this.status.rejectedProblems.map(p => html`<li><code>${p}</code></li>`)}</ul></div>` : ''}
      ${bases.map(b => html`<section class="kbase" data-kbase=${b}>
        <h2>${b}</h2>
        <p class="muted small">${t('ruleCount', { count: state(b)?.rules?.length ?? 0 })} · ${t('failures', { count: state(b)?.failures ?? 0 })}</p>
        ${state(b)?.lastFailure ? html`<p class="error small">${t('lastFailure')}: ${state(b).lastFailure.rule} — ${state(b).lastFailure.message}</p>` : ''}
        <ul>${this.files.filter(f => f.kbase === b).map(f => html`<li>
          <button type="button" class="file ${this.selected?.kbase === b && this.selected?.name === f.name ? 'current' : ''}"
            data-file=${b + '/' + f.name} @click=${() => this.open(f)}>${f.name}</button>
          <span class="badge">${t(f.source === 'built-in' ? 'builtIn' : 'inDirectory')}</span>
          ${f.latestVersion ? html`<span class="muted small">v${f.latestVersion.version} · ${f.latestVersion.publishedBy}</span>` : ''}
        </li>`)}</ul></section>`)}`;
  }

  renderEditor() {
    const f = this.selected;
    const busy = this.busy;
    return html`<h2 id="file-title">${f.kbase}/${f.name} ${this.dirty ? html`<span class="badge edited">${t('edited')}</span>` : ''}</h2>
      ${this.isTable ? html`<p><label><input type="checkbox" id="as-text" .checked=${this.asText}
        @change=${e => { if (e.target.checked) this.text = toCsv(this.rows); else this.rows = parseCsv(this.text); this.asText = e.target.checked; }}>
        ${t('editAsText')}</label></p>` : ''}
      ${this.isTable && !this.asText
        ? html`<cc-csv-table .rows=${this.rows} .invalid=${this.invalidCells} ?readonly=${!this.canEdit} @rows-changed=${e => { this.rows = e.detail; this.dirty = true; }}></cc-csv-table>`
        : html`<label class="visually-hidden" for="rule-text">${t('ruleText')}</label>
          <textarea id="rule-text" spellcheck="false" rows="24" ?readonly=${!this.canEdit} .value=${this.text ?? ''}
            @input=${e => this.edited(e.target.value)}></textarea>`}
      ${this.canEdit ? html`<div class="actions">
        <button type="button" id="validate" ?disabled=${!!busy} @click=${() => this.validate()}>${t('validate')}</button>
        <button type="button" id="run-cases" ?disabled=${!!busy} @click=${() => this.runCases()}>${t('runCases')}</button>
        <button type="button" id="publish" class="primary" ?disabled=${!!busy} @click=${() => this.publish()}>${t('publish')}</button>
        <button type="button" id="revert" ?disabled=${!!busy || !this.dirty} @click=${() => this.open(f)}>${t('revert')}</button>
      </div>
      <details><summary>${t('typedCase')}</summary>
        <label for="typed-cases">${t('typedCaseHelp')}</label>
        <textarea id="typed-cases" rows="8" spellcheck="false" .value=${this.typedCases} @input=${e => { this.typedCases = e.target.value; }}></textarea>
      </details>` : html`<p class="muted">${t('readOnly')}</p>`}
      ${busy ? html`<p class="muted" role="status">${t('working')}</p>` : ''}
      ${this.note ? html`<p class="ok" id="note" role="status">${this.note}</p>` : ''}
      ${this.problems.length ? html`<div class="alert" role="alert" id="problems"><strong>${t('problems')}</strong>
        <ul>${this.problems.map(p => html`<li><code>${p}</code></li>`)}</ul></div>` : ''}
      ${this.results ? this.renderResults() : ''}
      ${this.renderVersions()}`;
  }

  renderResults() {
    const r = this.results;
    const failed = r.scenarios.filter(s => !s.passed);
    return html`<section id="test-results" aria-live="polite">
      <h3>${t('caseResults', { passed: r.passed, failed: r.failed })}</h3>
      ${failed.length ? html`<ul class="failed">${failed.map(s => html`<li><strong>${s.scenario}</strong> <code>${s.source}</code><br>
        <code class="error">${s.failure}</code></li>`)}</ul>` : html`<p class="ok" id="all-passed">${t('allPassed')}</p>`}
      <details><summary>${t('passedScenarios')}</summary><ul>${r.scenarios.filter(s => s.passed).map(s => html`<li>${s.scenario} <code>${s.source}</code></li>`)}</ul></details>
    </section>`;
  }

  renderVersions() {
    return html`<section id="versions"><h3>${t('versions')}</h3>
      ${this.versions.length ? html`<table><thead><tr><th scope="col">${t('version')}</th><th scope="col">${t('action')}</th>
        <th scope="col">${t('by')}</th><th scope="col">${t('at')}</th><th scope="col"><span class="visually-hidden">${t('rowActions')}</span></th></tr></thead>
        <tbody>${[...this.versions].reverse().map(v => html`<tr data-version=${v.version}><td>${v.version}</td><td>${t('action' + v.action)}</td>
          <td>${v.publishedBy}</td><td>${zonedDateTime(v.publishedAt)}</td>
          <td><button type="button" @click=${() => this.view(v.version)}>${t('view')}</button>
          ${this.canEdit && v.action !== 'ROLLBACK' ? html`<button type="button" class="restore" @click=${() => this.rollback(v.version)}>${t('restoreThis')}</button>` : ''}</td></tr>`)}
        </tbody></table>
        ${this.canEdit ? html`<p><button type="button" id="rollback" @click=${() => this.rollback(null)}>${t('rollbackLatest')}</button></p>` : ''}`
        : html`<p class="muted">${t('noVersions')}</p>`}
      ${this.viewed ? html`<div class="viewed"><h4>${t('versionN', { version: this.viewed.version })}</h4>
        <pre id="viewed-content">${this.viewed.content ?? t('removedContent')}</pre></div>` : ''}
    </section>`;
  }
}
customElements.define('cc-rules', RulesPage);
