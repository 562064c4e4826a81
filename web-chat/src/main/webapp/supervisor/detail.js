// Drill-downs of the wallboard: a queue's waiting contacts (change a contact's priority) and an agent (force its
// status, read its chats live, listen to or barge into its call). Customers' and users' values are text only.
import { LitElement, html } from 'lit';
import { api, ApiError, problemText, number, duration, time } from '/ui/app.js';
import { t } from '/ui/i18n.js';
import { isoSeconds } from './common.js';

const REFRESH_MS = 3000;

function closeButton(host) {
  return html`<button type="button" class="close" id="detail-close" @click=${() => host.dispatchEvent(new CustomEvent('close'))}
    aria-label=${t('close')}>${t('close')}</button>`;
}

/** Contact ids → contacts (attributes, channel), fetched once each. */
const contactCache = new Map();
async function contact(id, fresh = false) {
  if (fresh || !contactCache.has(id)) {
    contactCache.set(id, api('contacts/' + encodeURIComponent(id)).catch(e => { contactCache.delete(id); throw e; }));
  }
  return contactCache.get(id);
}

/** A queue's waiting contacts in routing order, refreshed every few seconds; a contact's priority can be changed. */
class QueueDetail extends LitElement {
  static properties = {
    queueId: {}, name: {}, rows: { state: true }, error: { state: true }, editing: { state: true },
    formErrors: { state: true }, formMessage: { state: true }, busy: { state: true }, now: { state: true }
  };

  createRenderRoot() {
    return this;
  }

  connectedCallback() {
    super.connectedCallback();
    this.timer = setInterval(() => this.load(), REFRESH_MS);
    this.tick = setInterval(() => { this.now = Date.now(); }, 1000);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    clearInterval(this.timer);
    clearInterval(this.tick);
  }

  updated(changed) {
    if (changed.has('queueId')) {
      this.rows = null;
      this.editing = null;
      this.formErrors = {};
      this.formMessage = '';
      this.load();
      this.querySelector('h2')?.focus();
    }
  }

  async load() {
    const id = this.queueId;
    try {
      const list = await api('queues/' + encodeURIComponent(id) + '/contacts');
      const loadedAt = Date.now();
      const rows = list.slice(0, 100).map(w => ({ ...w, waitedSeconds: isoSeconds(w.waited), loadedAt, attributes: w.attributes || {} }));
      if (id !== this.queueId) return;
      this.rows = rows;
      this.error = '';
    } catch (e) {
      this.error = problemText(e);
    }
  }

  render() {
    const rows = this.rows;
    const now = this.now || Date.now();
    return html`
      <div class="detail-head"><h2 tabindex="-1" id="detail-title">${t('waitingContacts', { name: this.name })}</h2>${closeButton(this)}</div>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : ''}
      ${!rows ? html`<p class="muted">${t('loading')}</p>` : rows.length === 0 ? html`<p class="muted" id="none-waiting">${t('noneWaiting')}</p>` : html`
      <table id="waiting-contacts" class="grid">
        <thead><tr><th scope="col" class="num">${t('position')}</th><th scope="col" class="num">${t('waited')}</th>
          <th scope="col">${t('channel')}</th><th scope="col" class="num">${t('priority')}</th><th scope="col">${t('attributes')}</th>
          <th scope="col">${t('actions')}</th></tr></thead>
        <tbody>${rows.map(r => html`<tr data-contact-id=${r.contactId} class=${this.editing?.contactId === r.contactId ? 'selected' : ''}>
          <td class="num" data-field="position">${number(r.position)}</td>
          <td class="num" data-field="waited">${duration(r.waitedSeconds + (now - r.loadedAt) / 1000)}</td>
          <td data-field="channel">${t('ch' + r.channel)}</td>
          <td class="num" data-field="priority">${number(r.priority)}</td>
          <td data-field="attributes">${r.attributes === null ? '–' : html`<dl class="attrs">${Object.entries(r.attributes).map(([k, v]) =>
            html`<div><dt>${k}</dt><dd>${v}</dd></div>`)}</dl>`}</td>
          <td><button type="button" class="change-priority" data-test="change-priority" aria-expanded=${this.editing?.contactId === r.contactId ? 'true' : 'false'}
            @click=${() => this.edit(r)}>${t('changePriority')}</button></td>
        </tr>
        ${this.editing?.contactId === r.contactId ? html`<tr class="edit-row"><td colspan="6">${this.renderForm()}</td></tr>` : ''}`)}</tbody>
      </table>`}
      ${this.editing && !rows?.some(r => r.contactId === this.editing.contactId) ? this.renderForm() : ''}
      ${this.formMessage ? html`<p class="note" role="status" id="priority-message">${this.formMessage}</p>` : ''}`;
  }

  edit(r) {
    this.editing = r;
    this.formErrors = {};
    this.formMessage = '';
    this.updateComplete.then(() => this.querySelector('#priority-input')?.focus());
  }

  renderForm() {
    const r = this.editing;
    const err = this.formErrors || {};
    return html`<form id="priority-form" class="inline-form" @submit=${this.save} novalidate>
      <fieldset>
        <legend>${t('priorityFor', { position: number(r.position), channel: t('ch' + r.channel) })}</legend>
        <label for="priority-input">${t('priorityLabel')}</label>
        <input id="priority-input" name="priority" type="number" min="1" max="99" step="1" .value=${String(r.priority)}
          aria-invalid=${err.priority ? 'true' : 'false'} aria-describedby="priority-error">
        <span class="error field-error" id="priority-error">${err.priority || ''}</span>
        <label for="age-input">${t('ageLabel')}</label>
        <input id="age-input" name="queueTimeAdjustmentSeconds" type="number" min="-86400" max="86400" step="1"
          aria-invalid=${err.queueTimeAdjustmentSeconds ? 'true' : 'false'} aria-describedby="age-error">
        <span class="error field-error" id="age-error">${err.queueTimeAdjustmentSeconds || ''}</span>
        <div class="buttons">
          <button class="primary" id="priority-save" ?disabled=${this.busy}>${t('save')}</button>
          <button type="button" id="priority-cancel" @click=${() => { this.editing = null; }}>${t('cancel')}</button>
        </div>
        ${err._ ? html`<p class="error" role="alert" id="priority-form-error">${err._}</p>` : ''}
      </fieldset>
    </form>`;
  }

  async save(e) {
    e.preventDefault();
    const form = e.target;
    const body = {};
    const p = form.priority.value.trim(), a = form.queueTimeAdjustmentSeconds.value.trim();
    if (p !== '') body.priority = Number(p);
    if (a !== '') body.queueTimeAdjustmentSeconds = Number(a);
    this.busy = true;
    this.formErrors = {};
    try {
      const c = await api('contacts/' + encodeURIComponent(this.editing.contactId) + '/priority', { method: 'PUT', body });
      this.editing = null;
      this.formMessage = t('prioritySaved', { priority: number(c.priority) });
      await this.load();
    } catch (err) {
      if (err instanceof ApiError && err.status === 400 && err.problem.violations?.length) {
        const errors = {};
        for (const v of err.problem.violations) {
          const field = v.field === 'queueTimeAdjustmentSeconds' ? 'queueTimeAdjustmentSeconds' : v.field === 'priority' ? 'priority' : '_';
          errors[field] = (errors[field] ? errors[field] + '; ' : '') + v.message;
        }
        this.formErrors = errors;
      } else if (err instanceof ApiError && err.status === 409) {
        this.formErrors = { _: t('noLongerWaiting') };
        this.load();
      } else {
        this.formErrors = { _: problemText(err) };
      }
    } finally {
      this.busy = false;
    }
  }
}
customElements.define('cc-queue-detail', QueueDetail);

/** An agent: its state and contacts, refreshed every few seconds; force a status; read a chat; listen or barge. */
class AgentDetail extends LitElement {
  static properties = {
    agentId: {}, name: {}, state: { state: true }, contacts: { state: true }, statuses: { state: true },
    error: { state: true }, statusMessage: { state: true }, statusError: { state: true }, chatId: { state: true },
    messages: { state: true }, transcriptError: { state: true }, noTranscriptFor: { state: true }, monitor: { state: true }, busy: { state: true }
  };

  createRenderRoot() {
    return this;
  }

  connectedCallback() {
    super.connectedCallback();
    this.timer = setInterval(() => this.load(), REFRESH_MS);
    api('agent-statuses').then(list => {
      this.statuses = list.filter(s => s.state === 'ENABLED').sort((a, b) => (a.displayOrder ?? 99) - (b.displayOrder ?? 99));
    }).catch(e => { this.statusError = problemText(e); });
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    clearInterval(this.timer);
  }

  updated(changed) {
    if (changed.has('agentId')) {
      this.state = null;
      this.contacts = [];
      this.chatId = null;
      this.messages = null;
      this.monitor = null;
      this.statusMessage = '';
      this.statusError = '';
      this.load();
      this.querySelector('h2')?.focus();
    }
  }

  async load() {
    const id = this.agentId;
    try {
      const state = await api('agents/' + encodeURIComponent(id));
      const contacts = await Promise.all(Object.entries(state.contacts || {}).map(async ([contactId, st]) => {
        try {
          const c = await contact(contactId);
          return { ...c, state: st };
        } catch (e) {
          return { id: contactId, state: st };
        }
      }));
      if (id !== this.agentId) return;
      this.state = state;
      this.contacts = contacts;
      this.error = '';
      if (this.chatId && !contacts.some(c => c.id === this.chatId)) {   // the chat is over and its ACW done
        this.chatId = null;
        this.messages = null;
      }
      if (!this.chatId) {
        const chat = contacts.find(c => c.channel === 'CHAT' && c.state !== 'OFFERED');
        if (chat) this.chatId = chat.id;
      }
      if (this.chatId) this.loadTranscript();
    } catch (e) {
      this.error = problemText(e);
    }
  }

  async loadTranscript() {
    const id = this.chatId;
    if (this.noTranscriptFor === id) return;   // not a web chat (404): asked once
    try {
      const messages = await api('contact-records/' + encodeURIComponent(id) + '/transcript');
      if (id !== this.chatId) return;
      const scroller = this.querySelector('#transcript');
      const atEnd = !scroller || scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 8;
      this.messages = [...messages].sort((a, b) => a.sequence - b.sequence);
      this.transcriptError = '';
      if (atEnd) this.updateComplete.then(() => { const s = this.querySelector('#transcript'); if (s) s.scrollTop = s.scrollHeight; });
    } catch (e) {
      if (id !== this.chatId) return;
      if (e instanceof ApiError && e.status === 404) {
        this.messages = [];
        this.noTranscriptFor = id;
        this.transcriptError = '';
      } else {
        this.transcriptError = problemText(e);
      }
    }
  }

  render() {
    const s = this.state;
    return html`
      <div class="detail-head"><h2 tabindex="-1" id="detail-title">${t('agentTitle', { name: this.name })}</h2>${closeButton(this)}</div>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : ''}
      ${!s ? html`<p class="muted">${t('loading')}</p>` : html`
        <dl class="facts" id="agent-state">
          <div><dt>${t('status')}</dt><dd data-field="status">${s.status}</dd></div>
          <div><dt>${t('activity')}</dt><dd data-field="activity"><span class="act act-${s.activity}">${t('act' + s.activity)}</span></dd></div>
          <div><dt>${t('occupied')}</dt><dd data-field="occupied">${Object.entries(s.occupied || {}).filter(([, n]) => n > 0).map(([ch, n]) => t('ch' + ch) + ' ' + number(n)).join(', ') || '–'}</dd></div>
        </dl>
        ${this.renderStatusForm(s)}
        <h3>${t('contacts')}</h3>
        ${this.contacts.length === 0 ? html`<p class="muted">${t('noContacts')}</p>` : html`
        <table id="agent-contacts" class="grid">
          <thead><tr><th scope="col">${t('channel')}</th><th scope="col">${t('state')}</th><th scope="col">${t('attributes')}</th>
            <th scope="col">${t('actions')}</th></tr></thead>
          <tbody>${this.contacts.map(c => html`<tr data-contact-id=${c.id} class=${c.id === this.chatId ? 'selected' : ''}>
            <td>${c.channel ? t('ch' + c.channel) : '–'}</td><td>${t('st' + c.state)}</td>
            <td>${html`<dl class="attrs">${Object.entries(c.attributes || {}).map(([k, v]) => html`<div><dt>${k}</dt><dd>${v}</dd></div>`)}</dl>`}</td>
            <td class="actions">${c.channel === 'CHAT' ? html`<button type="button" class="read-chat" data-test="read-chat"
                @click=${() => this.openChat(c.id)} aria-pressed=${c.id === this.chatId ? 'true' : 'false'}>${t('readChat')}</button>`
              : c.channel === 'VOICE' ? html`
                <button type="button" id="monitor-listen" ?disabled=${this.busy} @click=${() => this.startMonitor(c.id, 'SILENT_MONITOR')}>${t('listen')}</button>
                <button type="button" id="monitor-barge" ?disabled=${this.busy} @click=${() => this.startMonitor(c.id, 'BARGE')}>${t('barge')}</button>` : ''}
            </td></tr>`)}</tbody>
        </table>`}
        ${this.monitor ? html`<p id="monitor-result" role="status" class=${this.monitor.error ? 'error' : 'note'}>${this.monitor.text}</p>` : ''}
        ${this.contacts.some(c => c.channel === 'VOICE') ? html`<p class="muted small">${t('monitorNote')}</p>` : ''}
        ${this.chatId ? this.renderTranscript() : ''}`}`;
  }

  renderStatusForm(s) {
    return html`<form id="force-status-form" class="inline-form row" @submit=${this.forceStatus}>
      <label for="force-status">${t('forceStatusLabel')}</label>
      <select id="force-status" name="status">
        ${(this.statuses || []).map(st => html`<option value=${st.name} ?selected=${st.name === s.status}>${st.name}</option>`)}
      </select>
      <button class="primary" id="force-status-save" ?disabled=${this.busy || !this.statuses}>${t('forceStatus')}</button>
      ${this.statusMessage ? html`<span class="note" role="status" id="force-status-message">${this.statusMessage}</span>` : ''}
      ${this.statusError ? html`<span class="error" role="alert" id="force-status-error">${this.statusError}</span>` : ''}
    </form>`;
  }

  async forceStatus(e) {
    e.preventDefault();
    const status = e.target.status.value;
    this.busy = true;
    this.statusMessage = '';
    this.statusError = '';
    try {
      this.state = await api('agents/' + encodeURIComponent(this.agentId) + '/status', { method: 'PUT', body: { status } });
      this.statusMessage = t('statusSet', { status });
    } catch (err) {
      this.statusError = problemText(err);
    } finally {
      this.busy = false;
    }
  }

  openChat(id) {
    this.chatId = id;
    this.noTranscriptFor = null;
    this.messages = null;
    this.loadTranscript();
  }

  renderTranscript() {
    const msgs = this.messages;
    if (this.noTranscriptFor === this.chatId) {
      return html`<section class="transcript-box"><h3>${t('transcript')}</h3>
        <p class="muted" id="transcript-none">${t('noTranscript')}</p></section>`;
    }
    return html`<section class="transcript-box" aria-labelledby="transcript-title">
      <h3 id="transcript-title">${t('transcript')}</h3>
      ${this.transcriptError ? html`<p class="error" role="alert" id="transcript-error">${this.transcriptError}</p>` : ''}
      <div id="transcript" class="transcript" role="log" aria-live="polite" tabindex="0">
        ${!msgs ? html`<p class="muted">${t('loading')}</p>` : msgs.length === 0 ? html`<p class="muted">${t('noMessages')}</p>`
          : msgs.map(m => html`<div class="message from-${m.participant}" data-sequence=${m.sequence}>
            <div class="meta"><span class="sender">${m.sender || t('p' + m.participant)}</span>
              <time datetime=${m.sentAt || ''}>${time(m.sentAt)}</time></div>
            <div class="text">${m.text}</div></div>`)}
      </div></section>`;
  }

  async startMonitor(contactId, capability) {
    this.busy = true;
    this.monitor = null;
    try {
      const r = await api('contacts/' + encodeURIComponent(contactId) + '/monitor', { method: 'POST', body: { capability } });
      this.monitor = { text: t('monitorStarted', { endpoint: r?.endpoint ?? '', capability: t('cap' + capability) }) };
    } catch (err) {
      this.monitor = { error: true, text: err instanceof ApiError && err.status !== 400 && err.problem.detail ? err.problem.detail : problemText(err) };
    } finally {
      this.busy = false;
    }
  }
}
customElements.define('cc-agent-detail', AgentDetail);
