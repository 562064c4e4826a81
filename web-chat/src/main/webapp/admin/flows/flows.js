// The flow designer's page, /admin/flows/ (admins): the list of contact flows (name, type, status, versions) with
// create and open; /admin/flows/?id=<flow id> opens one in the designer (designer.js). The block catalogue
// (GET /contact-flows/block-types) and the resources blocks name (queues, hours, prompts, flows, external
// functions, quick tables, agents) are loaded once. Values from users are rendered as text (Lit escapes ${}).
import { LitElement, html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { api, requireSession, currentSession, signOut, problemText } from '/ui/app.js';
import { loadStrings, t, setLang, lang, LANGUAGES } from '/ui/i18n.js';
import './designer.js';

const FLOW_TYPES = ['CONTACT_FLOW', 'CUSTOMER_QUEUE', 'CUSTOMER_HOLD', 'CUSTOMER_WHISPER', 'AGENT_HOLD', 'AGENT_WHISPER',
  'OUTBOUND_WHISPER', 'AGENT_TRANSFER', 'QUEUE_TRANSFER', 'DISCONNECT'];

/** A new flow's document: one block that ends the contact, so that it is valid from the start. */
const NEW_DOCUMENT = { Version: '2019-10-30', StartAction: 'end', Actions: [{ Identifier: 'end', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} }] };

class FlowsPage extends LitElement {
  static properties = {
    session: { state: true }, noRoleUser: { state: true }, flows: { state: true }, flowId: { state: true },
    catalogue: { state: true }, resources: { state: true }, error: { state: true }, createError: { state: true }
  };

  createRenderRoot() {
    return this;
  }

  async connectedCallback() {
    super.connectedCallback();
    await loadStrings('flows');
    this.session = await requireSession('admin');
    if (!this.session) {
      this.noRoleUser = (await currentSession().catch(() => null))?.username || '';
      return;
    }
    window.addEventListener('popstate', () => this.route());
    await Promise.all([this.loadCatalogue(), this.loadResources()]);
    this.route();
  }

  route() {
    this.flowId = new URLSearchParams(location.search).get('id');
    document.title = t('fdTitle') + ' · ' + t('appName');
    if (!this.flowId) this.loadFlows();
  }

  open(id) {
    history.pushState(null, '', id ? '?id=' + encodeURIComponent(id) : '/admin/flows/');
    this.route();
  }

  async loadCatalogue() {
    try {
      const c = await api('contact-flows/block-types');
      this.catalogue = { types: new Map(c.blockTypes.map(x => [x.type, x])), operators: c.operators };
    } catch (e) {
      this.error = problemText(e);
    }
  }

  /** Every resource a block can name, as {id, name} lists by the catalogue's kinds. */
  async loadResources() {
    const list = async (path, map) => { try { return (await api(path)).map(map); } catch (e) { return []; } };
    const named = r => ({ id: r.id, name: r.name });
    const [queue, hours, prompt, flow, fn, quickTable, users] = await Promise.all([
      list('queues', r => ({ id: r.id, name: r.name + (r.type === 'AGENT' ? ' (' + t('fdAgentQueue') + ')' : '') })),
      list('hours-of-operation', named), list('prompts', named),
      list('contact-flows', r => ({ id: r.id, name: r.name + ' (' + t('type' + r.type) + ')' })),
      list('external-functions', named), list('quick-tables', named),
      list('users', u => ({ id: u.id, name: u.username, roles: u.roles || [] }))]);
    const byName = (a, b) => a.name.localeCompare(b.name);
    this.resources = { queue: queue.sort(byName), hours: hours.sort(byName), prompt: prompt.sort(byName), flow: flow.sort(byName),
      function: fn.sort(byName), quickTable: quickTable.sort(byName), agent: users.filter(u => u.roles.includes('AGENT')).sort(byName) };
  }

  async loadFlows() {
    try {
      this.flows = (await api('contact-flows')).sort((a, b) => a.name.localeCompare(b.name));
    } catch (e) {
      this.error = problemText(e);
    }
  }

  async create(e) {
    e.preventDefault();
    const form = e.target;
    this.createError = '';
    try {
      const flow = await api('contact-flows', { method: 'POST', body: {
        name: form.elements.name.value.trim(), description: form.elements.description.value.trim() || undefined,
        type: form.elements.type.value, content: NEW_DOCUMENT } });
      this.resources = { ...this.resources, flow: [...(this.resources?.flow || []), { id: flow.id, name: flow.name }] };
      this.open(flow.id);
    } catch (err) {
      this.createError = problemText(err);
    }
  }

  render() {
    return html`<header class="bar">
        <h1>${t('appName')} · ${t('fdTitle')}</h1>
        <nav aria-label=${t('fdNav')}><a href="/admin/">${t('fdAdminConsole')}</a></nav>
        <span class="spacer"></span>
        ${this.session ? html`<span class="user" id="user">${t('fdSignedInAs', { user: this.session.username })}</span>` : ''}
        <label class="visually-hidden" for="lang">${t('language')}</label>
        <select id="lang" @change=${e => setLang(e.target.value)}>
          ${LANGUAGES.map(([code, name]) => html`<option value=${code} ?selected=${code === lang()}>${name}</option>`)}
        </select>
        <button type="button" id="sign-out" @click=${signOut}>${t('signOut')}</button>
      </header>
      ${this.noRoleUser !== undefined && !this.session ? html`<main class="no-role"><p id="no-role" role="alert">${t('noRole', { user: this.noRoleUser })}</p></main>`
        : !this.session ? '' : html`<main class=${this.flowId ? 'designing' : ''}>
        ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : ''}
        ${this.flowId && this.catalogue ? keyed(this.flowId, html`<cc-flow-designer .flowId=${this.flowId} .catalogue=${this.catalogue}
            .resources=${this.resources} @click=${e => this.internalLink(e)}></cc-flow-designer>`) : this.list()}
      </main>`}`;
  }

  internalLink(e) {
    const a = e.target.closest?.('a#back');
    if (!a) return;
    e.preventDefault();
    if (!this.querySelector('cc-flow-designer')?.dirty || confirm(t('fdLeaveUnsaved'))) this.open(null);
  }

  list() {
    return html`<section class="flow-list">
      <h2>${t('fdFlows')}</h2>
      <table id="flows">
        <thead><tr><th>${t('fdName')}</th><th>${t('fdType')}</th><th>${t('fdStatus')}</th><th>${t('fdVersions')}</th><th></th></tr></thead>
        <tbody>${(this.flows || []).map(f => html`<tr data-flow-id=${f.id}>
          <td><a href=${'?id=' + encodeURIComponent(f.id)} @click=${e => { e.preventDefault(); this.open(f.id); }}>${f.name}</a>
            ${f.description ? html`<div class="muted small">${f.description}</div>` : ''}</td>
          <td>${t('type' + f.type)}</td>
          <td>${f.publishedVersion ? t('fdStatusPublished') : t('fdStatusDraft')}</td>
          <td>${f.publishedVersion || 0}</td>
          <td><button type="button" class="open" @click=${() => this.open(f.id)}>${t('fdOpen')}</button></td>
        </tr>`)}</tbody>
      </table>
      <form class="create" id="create-flow" @submit=${e => this.create(e)}>
        <h3>${t('fdCreate')}</h3>
        <label for="new-name">${t('fdName')}</label><input id="new-name" name="name" required maxlength="127">
        <label for="new-type">${t('fdType')}</label>
        <select id="new-type" name="type">${FLOW_TYPES.map(x => html`<option value=${x}>${t('type' + x)}</option>`)}</select>
        <label for="new-description">${t('fdDescription')}</label><input id="new-description" name="description" maxlength="250">
        <button type="submit" class="primary" id="create">${t('fdCreateButton')}</button>
        ${this.createError ? html`<p class="error" role="alert" id="create-error">${this.createError}</p>` : ''}
      </form>
    </section>`;
  }
}
customElements.define('cc-flows', FlowsPage);
