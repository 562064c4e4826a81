// Shared by the supervisor's pages: the page header, the signed-in check, a Chart.js element and small formatters.
import { LitElement, html } from 'lit';
import { Chart, registerables } from 'chart.js';
import { requireSession, currentSession, signOut, number } from '/ui/app.js';
import { loadStrings, t, setLang, lang, LANGUAGES } from '/ui/i18n.js';

Chart.register(...registerables);
export { Chart };

/**
 * Loads the strings and the session: the session of a supervisor or admin, or null after showing the noRole text
 * (an agent); no session at all goes to the sign-in page (app.js).
 */
export async function startPage(host, title) {
  await loadStrings('supervisor');
  document.title = title() + ' · ' + t('appName');
  const s = await requireSession('supervisor', 'admin');
  if (!s) {
    host.noRoleUser = (await currentSession().catch(() => null))?.username || '';
  }
  return s;
}

/** The text shown instead of the page for a user without the supervisor or admin role. */
export function noRole(user) {
  return html`<main class="no-role"><p id="no-role" role="alert">${t('noRole', { user })}</p>
    <p><button type="button" @click=${signOut}>${t('signOut')}</button></p></main>`;
}

/** A percentage with one decimal, or a dash. */
export function pct(v) {
  return v === null || v === undefined ? '–' : number(v, 1) + '%';
}

/** ISO-8601 duration (PT1M2.5S) → seconds. */
export function isoSeconds(d) {
  if (typeof d === 'number') return d;
  const m = /^P(?:(\d+)D)?T?(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?$/.exec(d || '');
  return m ? (+(m[1] || 0)) * 86400 + (+(m[2] || 0)) * 3600 + (+(m[3] || 0)) * 60 + (+(m[4] || 0)) : null;
}

/** The page header: app name, the two pages, the socket's state (wallboard), the user, language, sign-out. */
class SupervisorHeader extends LitElement {
  static properties = {
    user: {}, page: {}, connection: {}, hint: {}, retryIn: { type: Number }, fullscreen: { type: Boolean }, admin: { type: Boolean }
  };

  createRenderRoot() {
    return this;
  }

  render() {
    const conn = this.connection;
    const connText = conn === 'open' ? t('connOpen') : conn === 'connecting' ? t('connConnecting')
      : this.retryIn > 0 ? t('connRetry', { seconds: this.retryIn }) : t('connClosed');
    return html`<header class="bar">
      <h1>${t('appName')} · ${t('supervisorTitle')}</h1>
      <nav aria-label=${t('supervisorTitle')}>
        <a href="/supervisor/" aria-current=${this.page === 'wallboard' ? 'page' : 'false'}>${t('navWallboard')}</a>
        <a href="/supervisor/report.html" id="nav-report" aria-current=${this.page === 'report' ? 'page' : 'false'}>${t('navReport')}</a>
        ${this.admin ? html`<a href="/admin/" id="nav-admin">${t('navAdmin')}</a>` : ''}
        <a href="/admin/rules/" id="nav-rules">${t('navRules')}</a>
      </nav>
      <span class="spacer"></span>
      ${this.hint ? html`<span class="tv-hint">${this.hint}</span>` : ''}
      ${conn ? html`<span id="connection" role="status" data-state=${conn === 'open' ? 'open' : 'closed'} data-phase=${conn}
        class="conn conn-${conn}"><span class="dot" aria-hidden="true"></span>${connText}</span>` : ''}
      ${this.page === 'wallboard' ? html`<button type="button" id="fullscreen" @click=${() => this.dispatchEvent(new CustomEvent('fullscreen'))}>
        ${this.fullscreen ? t('fullscreenExit') : t('fullscreen')}</button>` : ''}
      <span class="user" id="user">${t('signedInAs', { user: this.user })}</span>
      <label class="visually-hidden" for="lang">${t('language')}</label>
      <select id="lang" @change=${e => setLang(e.target.value)}>
        ${LANGUAGES.map(([code, name]) => html`<option value=${code} ?selected=${code === lang()}>${name}</option>`)}
      </select>
      <button type="button" id="sign-out" @click=${signOut}>${t('signOut')}</button>
    </header>`;
  }
}
customElements.define('cc-sup-header', SupervisorHeader);

/**
 * A Chart.js chart on a canvas of its own: set .config once (type, options) and .data whenever the figures change
 * (the chart is updated in place, without animation).
 */
class ChartBox extends LitElement {
  static properties = { type: {}, data: { attribute: false }, options: { attribute: false }, label: {} };

  createRenderRoot() {
    return this;
  }

  render() {
    return html`<canvas role="img" aria-label=${this.label || ''}></canvas>`;
  }

  updated() {
    if (!this.data) return;
    if (!this.chart) {
      this.chart = new Chart(this.querySelector('canvas'), {
        type: this.type, data: this.data,
        options: { animation: false, responsive: true, maintainAspectRatio: false, ...(this.options || {}) }
      });
    } else {
      this.chart.data = this.data;
      this.chart.update('none');
    }
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.chart?.destroy();
    this.chart = null;
  }
}
customElements.define('cc-chart', ChartBox);

/** Colours for series, in order. */
export const PALETTE = ['#0b5cad', '#d1495b', '#2a9d8f', '#edae49', '#6a4c93', '#00798c', '#8d6a9f', '#e76f51', '#3d405b', '#81b29a'];
