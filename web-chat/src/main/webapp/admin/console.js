// The admin console (/admin/): the shell — header (user, language, sign-out), the navigation to each resource
// (#/queues, …; the flow designer and the rules page are pages of their own) and the chosen resource's view
// (resource.js, generic over descriptors.js). Only admins: others see why, as the supervisor's pages do.
import { LitElement, html, nothing } from 'lit';
import { requireSession, currentSession, signOut } from '/ui/app.js';
import { loadStrings, t, setLang, lang, LANGUAGES } from '/ui/i18n.js';
import { RESOURCES } from './descriptors.js';
import './resource.js';

class AdminConsole extends LitElement {
  static properties = { session: { state: true }, ready: { state: true }, noRoleUser: { state: true }, current: { state: true } };

  createRenderRoot() {
    return this;
  }

  async connectedCallback() {
    super.connectedCallback();
    await loadStrings('admin');
    document.title = t('adminTitle') + ' · ' + t('appName');
    this.session = await requireSession('admin');
    if (!this.session) this.noRoleUser = (await currentSession().catch(() => null))?.username || '';
    this.ready = true;
    window.addEventListener('hashchange', this.onHash = () => this.route());
    this.route();
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHash);
  }

  route() {
    const path = location.hash.replace(/^#\/?/, '');
    this.current = RESOURCES.find(r => r.path === path) || RESOURCES[0];
    document.title = t('r.' + this.current.path) + ' · ' + t('adminTitle') + ' · ' + t('appName');
  }

  render() {
    if (!this.ready) return nothing;
    if (!this.session) {
      return html`<main class="no-role"><p id="no-role" role="alert">${t('noAdminRole', { user: this.noRoleUser })}</p>
        <p><button type="button" id="sign-out" @click=${signOut}>${t('signOut')}</button></p></main>`;
    }
    return html`<header class="bar">
        <h1>${t('appName')} · ${t('adminTitle')}</h1>
        <span class="spacer"></span>
        <span class="user" id="user">${t('signedInAs', { user: this.session.username })}</span>
        <label class="visually-hidden" for="lang">${t('language')}</label>
        <select id="lang" @change=${e => setLang(e.target.value)}>
          ${LANGUAGES.map(([code, name]) => html`<option value=${code} ?selected=${code === lang()}>${name}</option>`)}
        </select>
        <button type="button" id="sign-out" @click=${signOut}>${t('signOut')}</button>
      </header>
      <div class="admin-layout">
        <nav class="side" aria-label=${t('navLabel')}>
          <ul>${RESOURCES.map(r => html`<li><a href=${'#/' + r.path} id=${'nav-' + r.path}
            aria-current=${r === this.current ? 'page' : 'false'}>${t('r.' + r.path)}</a></li>`)}</ul>
          <ul class="pages">
            <li><a href="/admin/flows/" id="nav-flows">${t('navFlows')}</a></li>
            <li><a href="/admin/rules/" id="nav-rules">${t('navRules')}</a></li>
            <li><a href="/supervisor/" id="nav-supervisor">${t('navSupervisor')}</a></li>
          </ul>
        </nav>
        <main id="main"><cc-resource .desc=${this.current}></cc-resource></main>
      </div>
      <datalist id="time-zones">${(Intl.supportedValuesOf?.('timeZone') || []).map(z => html`<option value=${z}></option>`)}</datalist>`;
  }
}
customElements.define('cc-admin', AdminConsole);
