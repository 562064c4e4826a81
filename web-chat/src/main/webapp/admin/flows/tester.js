// The test panel: runs the flow's saved draft (the flow-run API's draft: true) or its published version as a voice
// caller or a chat customer, shows what the customer hears or reads, lets the tester answer (digits or text), stay
// silent (timeout) or hang up, and reports the blocks the run went through ('path' event; the flow log lists them
// while logging is on — the page highlights them on the graph).
import { LitElement, html } from 'lit';
import { api, problemText } from '/ui/app.js';
import { t } from '/ui/i18n.js';

class FlowTester extends LitElement {
  static properties = {
    flow: { attribute: false }, run: { state: true }, lines: { state: true }, message: { state: true }, busy: { state: true }
  };

  createRenderRoot() {
    return this;
  }

  constructor() {
    super();
    this.lines = [];
  }

  show(run) {
    this.run = run;
    for (const s of run.actions || []) {
      const a = s.action || {};
      const text = a.text || a.audio || a.phoneNumber || a.reason || '';
      this.lines = [...this.lines, { seq: s.sequence, type: a.type, text, options: a.options }];
    }
    this.dispatchEvent(new CustomEvent('path', { detail: { log: run.log || [], flowId: run.flowId }, bubbles: true }));
  }

  /** A test run is a real contact: the customer "hangs up" when the panel starts another or goes away. */
  hangUp() {
    const run = this.run;
    if (run && run.state !== 'ENDED') {
      api('flow-runs/' + encodeURIComponent(run.contactId) + '/events', { method: 'POST', body: { type: 'DISCONNECT' } }).catch(() => {});
    }
  }

  connectedCallback() {
    super.connectedCallback();
    this.onLeave = () => this.hangUp();
    window.addEventListener('pagehide', this.onLeave);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener('pagehide', this.onLeave);
    this.hangUp();
  }

  async start() {
    this.hangUp();
    const channel = this.querySelector('#test-channel').value;
    const endpoint = this.querySelector('#test-endpoint').value.trim();
    const draft = this.querySelector('#test-version').value === 'draft';
    this.lines = [];
    this.message = '';
    this.busy = true;
    try {
      this.show(await api('flow-runs', { method: 'POST', body: { flowId: this.flow.id, channel, draft, customerEndpoint: endpoint || undefined } }));
    } catch (e) {
      this.message = problemText(e);
    } finally {
      this.busy = false;
    }
  }

  async send(type, input) {
    if (!this.run) return;
    this.busy = true;
    this.message = '';
    try {
      const after = this.run.lastSequence;
      await api('flow-runs/' + encodeURIComponent(this.run.contactId) + '/events', { method: 'POST', body: input === undefined ? { type } : { type, input } });
      // the whole run again: its flow log, and the actions after the last one shown
      this.show(await api('flow-runs/' + encodeURIComponent(this.run.contactId) + '?after=' + after));
    } catch (e) {
      this.message = problemText(e);
    } finally {
      this.busy = false;
    }
  }

  /** The options (chat buttons) of the last prompt, when the run waits for an answer to it. */
  lastOptions() {
    const last = this.lines[this.lines.length - 1];
    return last?.type === 'GET_INPUT' && Array.isArray(last.options) ? last.options : [];
  }

  answer(e) {
    e.preventDefault();
    const input = this.querySelector('#test-input');
    if (!input.value) return;
    const v = input.value;
    input.value = '';
    this.lines = [...this.lines, { type: 'CUSTOMER', text: v }];
    this.send('INPUT', v);
  }

  render() {
    const published = this.flow?.publishedVersion;
    const ended = this.run?.state === 'ENDED';
    return html`<p class="muted small">${t('fdTestDraftHint')}</p>
      <div class="test-start">
        <label for="test-version">${t('fdTestWhat')}</label>
        <select id="test-version"><option value="draft">${t('fdTestDraft')}</option>
          ${published ? html`<option value="published">${t('fdTestPublished', { n: published })}</option>` : ''}</select>
        <label for="test-channel">${t('fdChannel')}</label>
        <select id="test-channel"><option value="VOICE">${t('fdVoice')}</option><option value="CHAT">${t('fdChat')}</option></select>
        <label for="test-endpoint">${t('fdEndpoint')}</label>
        <input id="test-endpoint" size="14" placeholder="+81355550000" value="+81355550199">
        <button type="button" class="primary" id="test-start" ?disabled=${this.busy} @click=${() => this.start()}>${t('fdTestStart')}</button>
      </div>
      ${this.message ? html`<p class="error" role="alert" id="test-error">${this.message}</p>` : ''}
      ${this.run ? html`<p id="test-state" data-state=${this.run.state} role="status">${t('fdRunState', { state: this.run.state, segment: this.run.segment || '' })}</p>` : ''}
      <ol class="test-log" id="test-log" aria-live="polite">
        ${this.lines.map(l => html`<li class=${'t-' + l.type}><span class="muted small">${l.type}</span> ${l.text}</li>`)}
      </ol>
      ${this.run && !ended && this.run.channel === 'CHAT' && this.lastOptions().length ? html`<div class="test-options" role="group" aria-label=${t('fdOptions')}>
        ${this.lastOptions().map(o => html`<button type="button" class="test-option" ?disabled=${this.busy}
          @click=${() => { this.lines = [...this.lines, { type: 'CUSTOMER', text: o }]; this.send('INPUT', o); }}>${o}</button>`)}</div>` : ''}
      ${this.run && !ended ? html`<form class="test-answer" @submit=${e => this.answer(e)}>
          <label for="test-input">${this.run.channel === 'VOICE' ? t('fdDigits') : t('fdMessage')}</label>
          <input id="test-input" inputmode=${this.run.channel === 'VOICE' ? 'numeric' : 'text'} autocomplete="off">
          <button type="submit" id="test-send" ?disabled=${this.busy}>${t('fdSend')}</button>
          <button type="button" id="test-timeout" ?disabled=${this.busy} @click=${() => this.send('TIMEOUT')}>${t('fdTimeout')}</button>
          <button type="button" id="test-hangup" ?disabled=${this.busy} @click=${() => this.send('DISCONNECT')}>${t('fdHangUp')}</button>
        </form>` : ''}`;
  }
}
customElements.define('cc-flow-tester', FlowTester);
