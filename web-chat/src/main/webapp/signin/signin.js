// The sign-in page: user name and password → POST /api/v1/session (the cookie), then on to ?next= (a path of this
// center only) or the page of the user's role.
import { LitElement, html } from 'lit';
import { loadStrings, t, setLang, lang, LANGUAGES } from '/ui/i18n.js';

class SignIn extends LitElement {
  static properties = { error: { state: true }, busy: { state: true }, ready: { state: true } };
  // light DOM: the page's stylesheet applies, and the form is an ordinary form for password managers
  createRenderRoot() {
    return this;
  }

  async connectedCallback() {
    super.connectedCallback();
    await loadStrings();
    document.title = t('signInTitle') + ' · ' + t('appName');
    this.ready = true;
  }

  render() {
    if (!this.ready) return html``;
    const q = new URLSearchParams(location.search);
    return html`
      <h1>${t('signInTitle')}</h1>
      ${q.has('expired') ? html`<p class="note" role="status">${t('sessionExpired')}</p>` : ''}
      ${q.has('signedOut') ? html`<p class="note" role="status">${t('signedOut')}</p>` : ''}
      <form @submit=${this.submit}>
        <label for="username">${t('username')}</label>
        <input id="username" name="username" autocomplete="username" required autofocus>
        <label for="password">${t('password')}</label>
        <input id="password" name="password" type="password" autocomplete="current-password" required>
        <button id="submit" ?disabled=${this.busy}>${t('signIn')}</button>
      </form>
      ${this.error ? html`<p class="error" role="alert" id="error">${this.error}</p>` : ''}
      <div class="lang">${LANGUAGES.map(([code, name]) => code === lang() ? html`<strong>${name}</strong> ` :
        html`<a href="#" @click=${e => { e.preventDefault(); setLang(code); }}>${name}</a> `)}</div>`;
  }

  async submit(e) {
    e.preventDefault();
    const form = e.target;
    this.busy = true;
    this.error = '';
    try {
      const res = await fetch('/api/v1/session', {
        method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'cc-ui' },
        body: JSON.stringify({ username: form.username.value, password: form.password.value })
      });
      const body = await res.json().catch(() => ({}));
      if (res.status === 201) {
        location.assign(destination(body.roles));
        return;
      }
      this.error = res.status === 401 ? t('signInWrong')
        : res.status === 429 ? t('signInThrottled', { seconds: res.headers.get('Retry-After') || '?' })
        : (body.detail || body.title || ('HTTP ' + res.status));
    } catch (err) {
      this.error = t('errNetwork');
    } finally {
      this.busy = false;
    }
  }
}

/** ?next= if it is a path of this center (never another site), else the page of the user's role. */
function destination(roles) {
  const next = new URLSearchParams(location.search).get('next');
  if (next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\')) return next;
  if (roles.includes('admin')) return '/admin/';
  if (roles.includes('supervisor')) return '/supervisor/';
  if (roles.includes('analyst')) return '/admin/rules/';
  return '/agent/';
}

customElements.define('cc-signin', SignIn);
