// Consult, conference and transfer to a phone number on a call (Amazon Connect's CCP): the agent calls a number
// while the customer waits on hold, then joins all three, leaves the two talking, or drops the third party.
// The center pushes what happens to the third party ('third-party' frames); the ack of each step says it too.
import { html } from 'lit';
import { t } from '/ui/i18n.js';

/** A 'third-party' frame: the contact's third party now (none once cancelled, left, failed or transferred). */
export function thirdPartyFrame(ws, f) {
  const c = ws.contacts.get(f.contactId);
  if (!c) return;
  c.thirdParty = f.thirdPartyState ? { state: f.thirdPartyState, number: f.phoneNumber } : null;
  if (f.step === 'FAILED') ws.notice = t('thirdPartyNoAnswer', { number: f.phoneNumber || '' });
  else if (f.step === 'LEFT') ws.notice = t('thirdPartyLeft', { number: f.phoneNumber || '' });
}

async function consult(ws, c, target) {
  const value = (target || '').trim();
  if (!value) return;
  const message = { type: 'consult', contactId: c.id };
  if (value.startsWith('quick:')) message.quickConnectId = value.substring(6);
  else message.phoneNumber = value.replace(/[\s-]/g, '');
  if (await ws.send(message)) c.thirdParty = c.thirdParty || { state: 'CONSULTING', number: message.phoneNumber || '' };
  ws.requestUpdate();
}

async function step(ws, c, type) {
  if (await ws.send({ type, contactId: c.id })) {
    c.thirdParty = type === 'consult-conference' ? { ...c.thirdParty, state: 'CONFERENCED' } : null;
    if (type === 'consult-transfer') ws.notice = t('transferred');
  }
  ws.requestUpdate();
}

/** The call's third-party controls: a number or phone-number quick connect to consult, then the steps it allows. */
export function consultControls(ws, c) {
  const third = c.thirdParty;
  if (third) {
    const consulting = third.state === 'CONSULTING';
    return html`<div class="consult" id="third-party" data-state=${third.state}>
      <span>${t(consulting ? 'consulting' : 'conferenced', { number: third.number || '' })}</span>
      ${consulting ? html`<button id="consult-conference" @click=${() => step(ws, c, 'consult-conference')}>${t('conference')}</button>` : ''}
      <button id="consult-transfer" @click=${() => step(ws, c, 'consult-transfer')}>${t('leaveThirdParty')}</button>
      <button id="consult-cancel" class="danger" @click=${() => step(ws, c, 'consult-cancel')}>${t('dropThirdParty')}</button>
    </div>`;
  }
  const numbers = ws.directory.quickConnects.filter(q => q.type === 'PHONE_NUMBER');
  const field = () => ws.querySelector('#consult-number');
  return html`<form class="consult" @submit=${e => { e.preventDefault(); consult(ws, c, field().value); }}>
    <label for="consult-number">${t('consultNumber')}</label>
    <input id="consult-number" inputmode="tel" autocomplete="off" placeholder="+81355550123" maxlength="20">
    ${numbers.map(q => html`<button type="button" class="quick" @click=${() => consult(ws, c, 'quick:' + q.id)}>${q.name}</button>`)}
    <button id="consult" type="submit">${t('consult')}</button>
  </form>`;
}
