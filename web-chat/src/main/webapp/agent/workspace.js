// The agent workspace (/agent/): status, offers, contacts (chat panes, voice controls, after-contact work), the
// customer's attributes and history, dial-out. Everything goes through /ws/agent; lists come from the REST API.
import { LitElement, html } from 'lit';
import { loadStrings, t, setLang, lang, LANGUAGES } from '/ui/i18n.js';
import { requireSession, api, signOut, duration, problemText } from '/ui/app.js';
import { AgentSocket } from './agent-socket.js';
import { Contacts, customer } from './contacts.js';
import { contactView, dialer } from './views.js';
import { thirdPartyFrame } from './consult.js';
import { Softphone } from './softphone.js';
import { softphonePanel } from './softphone-view.js';


class Workspace extends LitElement {
  static properties = { tick: { state: true } };

  createRenderRoot() {
    return this;
  }

  async connectedCallback() {
    super.connectedCallback();
    await loadStrings('agent');
    document.title = t('agentTitle') + ' · ' + t('appName');
    this.session = await requireSession('agent');
    if (!this.session) {
      this.noRole = true;
      this.requestUpdate();
      return;
    }
    this.offers = new Map();
    this.contacts = new Contacts(this.session.userId, () => this.requestUpdate());
    this.directory = { statuses: [], queues: [], quickConnects: [] };
    this.notice = '';
    api('agents/me/directory').then(d => { this.directory = d; this.requestUpdate(); }).catch(e => this.fail(e));
    this.socket = new AgentSocket();
    this.socket.addEventListener('open', () => this.opened());
    this.socket.addEventListener('close', () => this.requestUpdate());
    this.socket.addEventListener('frame', e => this.frame(e.detail));
    this.socket.connect();
    this.softphone = new Softphone();
    this.softphone.addEventListener('change', () => this.requestUpdate());
    this.softphone.load();
    this.timer = setInterval(() => { this.tick = Date.now(); this.expireOffers(); }, 1000);
    this.keys = e => this.shortcut(e);
    document.addEventListener('keydown', this.keys);
    document.addEventListener('visibilitychange', () => this.markRead());
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    clearInterval(this.timer);
    document.removeEventListener('keydown', this.keys);
  }

  // ---------------------------------------------------------------------------------------------- socket

  opened() {
    this.requestUpdate();
    // after a reconnect: the conversations again (no gap), and what was typed but not yet stored, once
    for (const c of this.contacts.list()) {
      if (c.channel === 'CHAT' && c.state !== 'OFFERED') this.socket.signal({ type: 'chat-transcript', contactId: c.id });
    }
  }

  frame(f) {
    switch (f.type) {
      case 'state': {
        const previous = this.agent?.activity;
        this.agent = f.state;
        if (previous !== f.state.activity) this.activitySince = Date.now();
        for (const id of this.offers.keys()) {
          if (f.state.contacts?.[id] !== 'OFFERED') this.offers.delete(id);
        }
        this.contacts.state(f.state.contacts);
        for (const c of this.contacts.list()) {
          if (c.channel === 'CHAT' && c.state !== 'OFFERED' && !c.chat && !c.askedTranscript) {
            c.askedTranscript = true;
            this.socket.signal({ type: 'chat-transcript', contactId: c.id });
          }
        }
        if (!this.selected || !this.contacts.get(this.selected)) this.selected = this.contacts.list().find(c => c.state !== 'OFFERED')?.id;
        break;
      }
      case 'third-party':
        thirdPartyFrame(this, f);
        break;
      case 'offer':
        this.offers.set(f.contact.id, { contact: f.contact, expiresAt: Date.parse(f.expiresAt) });
        this.contacts.ensure(f.contact.id, f.contact).state = 'OFFERED';
        ring();
        break;
      case 'chat-transcript': {
        this.contacts.transcript(f.contactId, f.chat, f.messages);
        this.resend(this.contacts.get(f.contactId));
        this.markRead();
        break;
      }
      case 'chat-message': {
        const c = this.contacts.ensure(f.contactId);
        if (this.contacts.add(c, f.message) && f.message.participant === 'CUSTOMER') {
          c.typingUntil = 0;
          if (this.selected !== c.id || document.hidden) c.unread++;
        }
        this.markRead();
        break;
      }
      case 'chat-typing':
        this.contacts.ensure(f.contactId).typingUntil = Date.now() + 4000;
        break;
      case 'chat-receipt':
        this.contacts.receipt(this.contacts.ensure(f.contactId), f.kind, f.sequence);
        break;
      case 'chat-ended':
        this.contacts.ensure(f.contactId).ended = true;
        break;
      case 'chat-transferred':
        this.contacts.ensure(f.contactId).transferredTo = f.nextContactId;
        break;
      default:
        break;
    }
    this.requestUpdate();
  }

  /** Requests through the socket; a refusal shows as the page's notice. */
  async send(message) {
    try {
      const ack = await this.socket.request(message);
      this.notice = '';
      return ack;
    } catch (e) {
      this.notice = e.code === 'disconnected' ? t('disconnected') : (e.message || e.code);
      this.requestUpdate();
      return null;
    }
  }

  // ---------------------------------------------------------------------------------------------- actions

  setStatus(status) {
    unlockSound();
    this.send({ type: 'status', status });
  }

  async accept(id) {
    unlockSound();
    if (await this.send({ type: 'accept', contactId: id })) {
      this.offers.delete(id);
      this.selected = id;
      this.requestUpdate();
    }
  }

  reject(id) {
    this.send({ type: 'reject', contactId: id }).then(ok => { if (ok) { this.offers.delete(id); this.requestUpdate(); } });
  }

  end(id) {
    this.send({ type: 'end', contactId: id });
  }

  hold(c) {
    this.send({ type: c.state === 'CONNECTED_ONHOLD' ? 'resume' : 'hold', contactId: c.id });
  }

  async acwDone(c, note) {
    const message = { type: 'acw-done', contactId: c.id };
    if (note && note.trim()) message.note = note.trim();
    if (await this.send(message)) {
      this.contacts.forget(c.id);
      if (this.selected === c.id) this.selected = this.contacts.list().find(x => x.state !== 'OFFERED')?.id;
      this.requestUpdate();
    }
  }

  async transfer(c, target) {
    if (!target) return;
    const [kind, id] = target.split(':');
    const message = { type: 'transfer', contactId: c.id };
    message[kind === 'queue' ? 'queueId' : 'quickConnectId'] = id;
    if (await this.send(message)) this.notice = t('transferred');
    this.requestUpdate();
  }

  async dial(number) {
    const ack = await this.send({ type: 'outbound', phoneNumber: number.replace(/[\s-]/g, '') });
    if (ack) this.selected = ack.contactId;
    this.requestUpdate();
  }

  /** A chat message: into the outbox (kept across reloads) first, then sent; stored once even if sent twice. */
  sendChat(c) {
    const text = c.draft.trim();
    if (!text) return;
    const entry = { clientMessageId: crypto.randomUUID(), text, status: 'sending' };
    c.outbox.push(entry);
    c.draft = '';
    this.contacts.save(c);
    this.deliver(c, entry);
    this.requestUpdate();
  }

  async deliver(c, entry) {
    entry.status = 'sending';
    try {
      await this.socket.request({ type: 'chat-message', contactId: c.id, text: entry.text, clientMessageId: entry.clientMessageId });
      c.outbox = c.outbox.filter(o => o !== entry); // the stored message comes back as a chat-message frame
    } catch (e) {
      entry.status = e.code === 'disconnected' ? 'sending' : 'failed';
      entry.error = e.message;
    }
    this.contacts.save(c);
    this.requestUpdate();
  }

  resend(c) {
    for (const entry of c?.outbox || []) {
      if (entry.status === 'sending') this.deliver(c, entry);
    }
  }

  typed(c, text) {
    c.draft = text;
    this.contacts.save(c);
    if (!c.lastTyping || Date.now() - c.lastTyping > 2000) {
      c.lastTyping = Date.now();
      this.socket.signal({ type: 'chat-typing', contactId: c.id });
    }
  }

  select(id) {
    this.selected = id;
    this.requestUpdate();
    this.markRead();
  }

  /** The customer's messages in the open pane are read: a receipt up to the last one. */
  markRead() {
    const c = this.selected && this.contacts?.get(this.selected);
    if (!c || document.hidden || c.channel !== 'CHAT') return;
    c.unread = 0;
    const last = [...c.messages].reverse().find(m => m.participant === 'CUSTOMER');
    if (last && (c.readSent || 0) < last.sequence && this.socket.open) {
      c.readSent = last.sequence;
      this.socket.signal({ type: 'chat-read', contactId: c.id, sequence: last.sequence });
    }
    this.requestUpdate();
  }

  async loadHistory(c) {
    if (c.history || !c.customerEndpoint) return;
    c.history = [];
    try {
      const page = await api('contact-records?limit=20&customerEndpoint=' + encodeURIComponent(c.customerEndpoint));
      c.history = page.records.filter(r => r.ContactId !== c.id);
    } catch (e) {
      c.historyError = problemText(e);
    }
    this.requestUpdate();
  }

  expireOffers() {
    for (const [id, o] of this.offers) {
      if (o.expiresAt < Date.now() - 2000) this.offers.delete(id); // the state frame says Missed
    }
  }

  shortcut(e) {
    if (!e.altKey || !this.agent) return;
    const offer = [...this.offers.keys()][0];
    const c = this.selected && this.contacts.get(this.selected);
    const key = e.key.toLowerCase();
    if (key === 'a' && offer) this.accept(offer);
    else if (key === 'r' && offer) this.reject(offer);
    else if (key === 'e' && c && (c.state === 'CONNECTED' || c.state === 'CONNECTED_ONHOLD')) this.end(c.id);
    else if (key === 'h' && c && c.channel === 'VOICE') this.hold(c);
    else return;
    e.preventDefault();
  }

  fail(e) {
    this.notice = problemText(e);
    this.requestUpdate();
  }

  queueName(c) {
    return c.queueName || this.directory.queues.find(q => q.id === c.queueId)?.name || t('agentQueue');
  }

  // ---------------------------------------------------------------------------------------------- render

  render() {
    if (this.noRole) return html`<p id="no-role" class="error page-message">${t('noRole', { user: '' })}</p>`;
    if (!this.session) return html``;
    const a = this.agent;
    const activity = a ? a.activity : 'OFFLINE';
    return html`
      <header class="bar">
        <h1>${t('agentTitle')}</h1>
        <span id="username">${this.session.username}</span>
        <label class="visually-hidden" for="status">${t('status')}</label>
        <select id="status" @change=${e => this.setStatus(e.target.value)} ?disabled=${!this.socket.open}>
          ${this.statusNames().map(s => html`<option value=${s} ?selected=${a?.status === s}>${statusLabel(s)}</option>`)}
        </select>
        <span id="activity" class="activity ${activity.toLowerCase()}" data-activity=${activity}>${t('activity.' + activity)}
          · ${duration(((this.tick || Date.now()) - (this.activitySince || Date.now())) / 1000)}</span>
        <span class="spacer"></span>
        <span id="connection" data-state=${this.socket.open ? 'open' : 'closed'}>${this.socket.open ? t('connected') : t('reconnecting')}</span>
        <select aria-label=${t('language')} @change=${e => setLang(e.target.value)}>
          ${LANGUAGES.map(([code, name]) => html`<option value=${code} ?selected=${code === lang()}>${name}</option>`)}
        </select>
        <button id="sign-out" @click=${() => signOut()}>${t('signOut')}</button>
      </header>
      ${this.notice ? html`<p id="notice" class="notice" role="alert">${this.notice}</p>` : ''}
      <main class="workspace">
        <nav class="side" aria-label=${t('contacts')}>
          ${this.renderOffers()}
          <h2>${t('contacts')}</h2>
          <ul class="contact-list">
            ${this.contacts.list().filter(c => c.state !== 'OFFERED').map(c => html`
              <li><button class="contact-tab ${c.id === this.selected ? 'selected' : ''}" data-contact-id=${c.id} @click=${() => this.select(c.id)}>
                <span class="channel">${t('channel.' + (c.channel || 'CHAT'))}</span> ${customer(c)}
                <span class="state">${t('state.' + c.state)}</span>
                ${c.unread ? html`<span class="unread" aria-label=${t('unread')}>${c.unread}</span>` : ''}
              </button></li>`)}
          </ul>
          ${softphonePanel(this)}
          ${dialer(this)}
          <p class="muted shortcuts">${t('shortcuts')}</p>
        </nav>
        <section class="main" aria-live="polite">
          ${this.selected && this.contacts.get(this.selected) ? contactView(this, this.contacts.get(this.selected))
            : html`<p class="muted page-message">${t('noContact')}</p>`}
        </section>
      </main>`;
  }

  /** The open conversation follows its newest message, unless the agent has scrolled up to read. */
  updated() {
    const list = this.querySelector('#transcript');
    if (list && (list.dataset.count !== String(list.children.length))) {
      const atEnd = !list.dataset.count || list.scrollHeight - list.scrollTop - list.clientHeight < 80 || list.dataset.contact !== this.selected;
      list.dataset.count = String(list.children.length);
      list.dataset.contact = this.selected;
      if (atEnd) list.scrollTop = list.scrollHeight;
    }
  }

  statusNames() {
    const names = this.directory.statuses.map(s => s.name);
    return names.length ? names : ['Available', 'Offline'];
  }

  renderOffers() {
    if (!this.offers.size) return '';
    return html`<h2>${t('incoming')}</h2>${[...this.offers.values()].map(({ contact, expiresAt }) => html`
      <div class="offer" data-contact-id=${contact.id} role="alert">
        <strong>${t('channel.' + contact.channel)}</strong> · ${this.queueName(contact)}
        <div>${customer(this.contacts.ensure(contact.id))}</div>
        <div class="countdown">${t('expiresIn', { seconds: Math.max(0, Math.ceil((expiresAt - Date.now()) / 1000)) })}</div>
        <button class="primary accept" @click=${() => this.accept(contact.id)}>${t('accept')}</button>
        <button class="reject" @click=${() => this.reject(contact.id)}>${t('reject')}</button>
      </div>`)}`;
  }


}

function statusLabel(name) {
  const key = 'statusName.' + name;
  const label = t(key);
  return label === key ? name : label;
}

let audio;
function unlockSound() {
  audio = audio || new AudioContext();
}

/** Two short tones for an incoming contact (WebAudio: nothing to download). */
function ring() {
  if (!audio) return;
  for (const [start, freq] of [[0, 880], [0.25, 660]]) {
    const osc = audio.createOscillator();
    const gain = audio.createGain();
    osc.frequency.value = freq;
    gain.gain.value = 0.15;
    osc.connect(gain).connect(audio.destination);
    osc.start(audio.currentTime + start);
    osc.stop(audio.currentTime + start + 0.2);
  }
}

customElements.define('cc-workspace', Workspace);
