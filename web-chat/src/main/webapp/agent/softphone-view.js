// The softphone's panel in the workspace: on/off, its registration, an incoming call (answer / decline), the call
// (mute, hang up, keypad tones), the microphone and speaker.
import { html } from 'lit';
import { t } from '/ui/i18n.js';

export function softphonePanel(ws) {
  const phone = ws.softphone;
  if (!phone || phone.state === 'unavailable') return '';
  const audio = () => ws.querySelector('#softphone-audio');
  const on = phone.state !== 'off' && phone.state !== 'error';
  return html`<section class="softphone" aria-label=${t('softphone')}>
    <h2>${t('softphone')}</h2>
    <p id="softphone-state" data-state=${phone.state}>${phone.inCall ? t('softphoneInCall') : t('softphone.' + phone.state)}</p>
    ${phone.error ? html`<p class="error" role="alert">${t('softphoneError.' + phone.error)} ${phone.detail || ''}</p>` : ''}
    ${on ? html`<button id="softphone-off" @click=${() => phone.stop()}>${t('softphoneOff')}</button>`
      : html`<button id="softphone-on" class="primary" @click=${() => phone.start(audio())}>${t('softphoneOn')}</button>`}
    ${phone.incoming ? html`<div class="softphone-ring" role="alert">${t('softphoneIncoming')}
      <button id="softphone-answer" class="primary" @click=${() => phone.answer()}>${t('answer')}</button>
      <button id="softphone-decline" @click=${() => phone.decline()}>${t('decline')}</button></div>` : ''}
    ${phone.inCall ? html`<div class="softphone-call">
      <button id="softphone-mute" aria-pressed=${phone.muted ? 'true' : 'false'} @click=${() => phone.toggleMute()}>${phone.muted ? t('unmute') : t('mute')}</button>
      <button id="softphone-hangup" class="danger" @click=${() => phone.hangup()}>${t('hangUp')}</button>
      <div class="keypad">${'123456789*0#'.split('').map(d => html`<button type="button" @click=${() => phone.dtmf(d)}>${d}</button>`)}</div>
    </div>` : ''}
    ${phone.devices.inputs.length ? html`
      <label for="softphone-input">${t('microphone')}</label>
      <select id="softphone-input" @change=${e => phone.choose('input', e.target.value, audio())}>
        ${phone.devices.inputs.map(d => html`<option value=${d.deviceId} ?selected=${d.deviceId === phone.input}>${d.label || d.deviceId}</option>`)}
      </select>
      <label for="softphone-output">${t('speaker')}</label>
      <select id="softphone-output" @change=${e => phone.choose('output', e.target.value, audio())}>
        ${phone.devices.outputs.map(d => html`<option value=${d.deviceId} ?selected=${d.deviceId === phone.output}>${d.label || d.deviceId}</option>`)}
      </select>` : ''}
    <audio id="softphone-audio" autoplay></audio>
  </section>`;
}
