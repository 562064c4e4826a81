// The selected contact: its header and controls, the chat pane or the voice controls, after-contact work, and the
// customer's attributes and past contacts. Every value from customers and users is rendered as text.
import { html } from 'lit';
import { t } from '/ui/i18n.js';
import { duration, time, dateTime } from '/ui/app.js';
import { customer } from './contacts.js';
import { consultControls } from './consult.js';

const LIVE = new Set(['CONNECTED', 'CONNECTED_ONHOLD']);

export function contactView(ws, c) {
  ws.loadHistory(c);
  const now = ws.tick || Date.now();
  const since = c.state === 'AFTER_CONTACT_WORK' ? c.acwSince : c.connectedSince;
  return html`
    <div class="contact" data-contact-id=${c.id} data-state=${c.state}>
      <div class="contact-main">
        <header class="contact-head">
          <h2>${customer(c)}</h2>
          <span class="muted">${t('channel.' + (c.channel || 'CHAT'))} · ${ws.queueName(c)}</span>
          <span class="state" id="contact-state">${t('state.' + c.state)} ${since ? duration((now - since) / 1000) : ''}</span>
        </header>
        ${LIVE.has(c.state) ? controls(ws, c) : ''}
        ${c.state === 'AFTER_CONTACT_WORK' ? acw(ws, c, now) : ''}
        ${c.channel === 'CHAT' ? chatPane(ws, c, now) : voicePane(c)}
      </div>
      <aside class="contact-side">
        ${badges(c)}
        <h3>${t('attributes')}</h3>
        ${Object.keys(c.attributes || {}).length ? html`<table id="attributes"><tbody>
          ${Object.entries(c.attributes).map(([k, v]) => html`<tr><th scope="row">${k}</th><td>${v}</td></tr>`)}
        </tbody></table>` : html`<p class="muted">${t('noAttributes')}</p>`}
        <h3>${t('history')}</h3>
        ${history(c)}
      </aside>
    </div>`;
}

function controls(ws, c) {
  const held = c.state === 'CONNECTED_ONHOLD';
  return html`<div class="controls">
    ${c.channel === 'VOICE' ? html`<button id="hold" @click=${() => ws.hold(c)}>${held ? t('resume') : t('hold')}</button>` : ''}
    <button id="end" class="danger" @click=${() => ws.end(c.id)}>${c.channel === 'VOICE' ? t('hangUp') : t('endChat')}</button>
    <label for="transfer-target">${t('transferTo')}</label>
    <select id="transfer-target">
      <option value="">—</option>
      <optgroup label=${t('queues')}>${ws.directory.queues.map(q => html`<option value=${'queue:' + q.id}>${q.name}</option>`)}</optgroup>
      <optgroup label=${t('quickConnects')}>${ws.directory.quickConnects
        .filter(q => c.channel === 'VOICE' || q.type !== 'PHONE_NUMBER')
        .map(q => html`<option value=${'quick:' + q.id}>${q.name}</option>`)}</optgroup>
    </select>
    <button id="transfer" @click=${() => ws.transfer(c, ws.querySelector('#transfer-target').value)}>${t('transfer')}</button>
  </div>
  ${c.channel === 'VOICE' ? consultControls(ws, c) : ''}`;
}

function acw(ws, c, now) {
  return html`<form class="acw" @submit=${e => { e.preventDefault(); ws.acwDone(c, e.target.note.value); }}>
    <h3>${t('acw')} <span id="acw-timer">${duration((now - (c.acwSince || now)) / 1000)}</span></h3>
    <label for="acw-note">${t('dispositionNote')}</label>
    <textarea id="acw-note" name="note" maxlength="1024" rows="3"></textarea>
    <button id="acw-done" class="primary">${t('acwDone')}</button>
  </form>`;
}

function chatPane(ws, c, now) {
  const live = LIVE.has(c.state) && !c.ended && !c.transferredTo;
  return html`<div class="chat">
    <ol id="transcript" class="transcript" aria-label=${t('conversation')}>
      ${c.messages.map(m => html`<li class="message ${m.participant.toLowerCase()}" data-sequence=${m.sequence}>
        <span class="who">${m.participant === 'SYSTEM' ? t('system') : m.sender || t(m.participant === 'AGENT' ? 'you' : 'customer')}</span>
        <span class="text">${m.text}</span>
        <span class="meta">${time(m.sentAt)}${m.participant === 'AGENT' ? ' · ' + receipt(c, m.sequence) : ''}</span>
      </li>`)}
      ${c.outbox.map(o => html`<li class="message agent pending" data-client-id=${o.clientMessageId}>
        <span class="text">${o.text}</span>
        <span class="meta">${o.status === 'failed' ? html`<span class="error">${t('notSent')} ${o.error || ''}</span>
          <button @click=${() => ws.deliver(c, o)}>${t('retry')}</button>` : t('sending')}</span>
      </li>`)}
    </ol>
    ${c.typingUntil > now ? html`<p class="typing muted">${t('customerTyping')}</p>` : ''}
    ${c.ended ? html`<p class="muted">${t('chatEnded')}</p>` : ''}
    ${c.transferredTo ? html`<p class="muted">${t('chatTransferred')}</p>` : ''}
    ${live ? html`<form class="composer" @submit=${e => { e.preventDefault(); ws.sendChat(c); e.target.text.value = ''; }}>
      <label class="visually-hidden" for="chat-text">${t('message')}</label>
      <textarea id="chat-text" name="text" maxlength="1024" rows="2" .value=${c.draft}
        @input=${e => ws.typed(c, e.target.value)}
        @keydown=${e => { if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); e.target.form.requestSubmit(); } }}></textarea>
      <button id="chat-send" class="primary">${t('send')}</button>
    </form>` : ''}
  </div>`;
}

function receipt(c, sequence) {
  return c.read >= sequence ? t('read') : c.delivered >= sequence ? t('delivered') : t('sent');
}

function voicePane(c) {
  return html`<div class="voice">
    <p>${c.initiationMethod === 'OUTBOUND' ? t('outboundCall') : t('inboundCall')} ${c.customerEndpoint || ''}</p>
    ${c.state === 'CONNECTED_ONHOLD' ? html`<p class="muted">${t('onHold')}</p>` : ''}
    <p class="muted">${t('deskPhone')}</p>
  </div>`;
}

function badges(c) {
  const a = c.attributes || {};
  const vip = a.vip === 'true' || /^(gold|platinum|vip)$/i.test(a.membershipLevel || '');
  const repeat = (c.history || []).length > 0;
  return html`<p class="badges">
    ${vip ? html`<span class="badge vip" id="badge-vip">${t('vip')}</span>` : ''}
    ${repeat ? html`<span class="badge repeat" id="badge-repeat">${t('repeatCustomer')}</span>` : ''}
  </p>`;
}

function history(c) {
  if (c.historyError) return html`<p class="error">${c.historyError}</p>`;
  if (!c.history) return html`<p class="muted">…</p>`;
  if (!c.history.length) return html`<p class="muted">${t('noHistory')}</p>`;
  return html`<ol id="history" class="history">${c.history.map(r => html`<li>
    <span>${dateTime(r.InitiationTimestamp)}</span> · <span>${t('channel.' + r.Channel)}</span> · <span>${r.Queue?.Name || ''}</span>
    ${r.Attributes?.disposition ? html`<div class="muted">${r.Attributes.disposition}</div>` : ''}
  </li>`)}</ol>`;
}

/** Dial-out: a number with a keypad, or a phone-number quick connect. */
export function dialer(ws) {
  const numbers = ws.directory.quickConnects.filter(q => q.type === 'PHONE_NUMBER');
  const field = () => ws.querySelector('#dial-number');
  return html`<details class="dialer"><summary>${t('dialOut')}</summary>
    <form @submit=${e => { e.preventDefault(); ws.dial(field().value); }}>
      <label for="dial-number">${t('phoneNumber')}</label>
      <input id="dial-number" inputmode="tel" autocomplete="off" placeholder="+81355550123" maxlength="20">
      <div class="keypad">${'123456789*0#'.split('').map(d => html`<button type="button" @click=${() => { field().value += d; }}>${d}</button>`)}</div>
      <button class="primary" id="dial">${t('dial')}</button>
    </form>
    ${numbers.map(q => html`<button class="quick" @click=${() => ws.dial(q.phoneNumber)}>${q.name}</button>`)}
  </details>`;
}
