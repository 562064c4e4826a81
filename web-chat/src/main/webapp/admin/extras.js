// What the admin console shows under an edited resource beyond its fields: an hours of operation's status now and
// its next change, an external function's test call with its answer, a quick table's items.
import { LitElement, html, nothing } from 'lit';
import { api, problemText, dateTime } from '/ui/app.js';
import { t } from '/ui/i18n.js';
import { statusText } from './descriptors.js';

/** "a=1\nb=2" → {a: "1", b: "2"} (blank lines skipped; a line without = is an error naming it). */
export function pairs(text) {
  const out = {};
  for (const [i, line] of (text || '').split('\n').entries()) {
    if (!line.trim()) continue;
    const at = line.indexOf('=');
    if (at < 1) throw new Error(t('pairsLine', { n: i + 1 }));
    out[line.slice(0, at).trim()] = line.slice(at + 1);
  }
  return out;
}

const lines = o => Object.entries(o || {}).map(([k, v]) => `${k}=${v}`).join('\n');

class HoursStatusView extends LitElement {
  static properties = { hours: { attribute: false }, status: { state: true }, error: { state: true } };

  createRenderRoot() {
    return this;
  }

  willUpdate(changed) {
    if (changed.has('hours') && this.hours) {
      api(`hours-of-operation/${this.hours.id}/status`).then(s => { this.status = s; this.error = ''; }, e => { this.error = problemText(e); });
    }
  }

  render() {
    return html`<section class="panel" aria-labelledby="hours-status-title"><h3 id="hours-status-title">${t('h.statusTitle')}</h3>
      ${this.error ? html`<p class="error">${this.error}</p>` : html`<p id="hours-status" data-open=${this.status ? String(this.status.open) : nothing}>
        ${this.status ? statusText(this.status, this.hours?.timeZone) : t('loading')}</p>`}
      <p class="muted">${t('h.statusNote')}</p></section>`;
  }
}
customElements.define('cc-hours-status', HoursStatusView);

class FunctionTest extends LitElement {
  static properties = { fn: { attribute: false }, answer: { state: true }, error: { state: true }, busy: { state: true } };

  createRenderRoot() {
    return this;
  }

  async call(e) {
    e.preventDefault();
    const form = e.target;
    this.answer = null;
    this.error = '';
    this.busy = true;
    try {
      const body = { customerNumber: form.customerNumber.value || null, attributes: pairs(form.attributes.value), parameters: pairs(form.parameters.value) };
      this.answer = await api(`external-functions/${this.fn.id}/invocations`, { method: 'POST', body });
    } catch (err) {
      this.error = err.status ? problemText(err) : err.message;
    } finally {
      this.busy = false;
      this.updateComplete.then(() => this.querySelector('#test-answer, #test-error')?.focus());
    }
  }

  render() {
    return html`<form class="panel test-call" aria-labelledby="test-title" @submit=${e => this.call(e)}>
      <h3 id="test-title">${t('fn.testTitle')}</h3>
      <p class="muted">${t('fn.testNote')}</p>
      <div class="fields">
        <div class="field"><label for="test-number">${t('fn.customerNumber')}</label><input id="test-number" name="customerNumber" type="tel" placeholder="+819011112222"></div>
        <div class="field"><label for="test-attributes">${t('fn.attributes')}</label><textarea id="test-attributes" name="attributes" rows="2" placeholder="key=value"></textarea></div>
        <div class="field"><label for="test-parameters">${t('fn.parameters')}</label><textarea id="test-parameters" name="parameters" rows="2" placeholder="key=value"></textarea></div>
      </div>
      <button type="submit" id="test-call" ?disabled=${this.busy}>${t('fn.call')}</button>
      ${this.error ? html`<p id="test-error" class="error" role="alert" tabindex="-1">${this.error}</p>` : nothing}
      ${this.answer ? html`<div id="test-answer" tabindex="-1" role="status"><p>${t('fn.answer')}</p>
        <table class="grid compact"><tbody>${Object.entries(this.answer).map(([k, v]) => html`<tr><th scope="row">${k}</th><td>${v}</td></tr>`)}</tbody></table>
        ${Object.keys(this.answer).length ? nothing : html`<p class="muted">${t('fn.emptyAnswer')}</p>`}</div>` : nothing}
    </form>`;
  }
}
customElements.define('cc-function-test', FunctionTest);

class TableItems extends LitElement {
  static properties = { table: { attribute: false }, items: { state: true }, error: { state: true }, editing: { state: true } };

  createRenderRoot() {
    return this;
  }

  willUpdate(changed) {
    if (changed.has('table') && this.table) this.load();
  }

  async load() {
    try {
      this.items = await api(`quick-tables/${this.table.id}/items?limit=1000`);
    } catch (e) {
      this.error = problemText(e);
    }
  }

  async save(e) {
    e.preventDefault();
    const form = e.target;
    const key = form.key.value;
    try {
      await api(`quick-tables/${this.table.id}/items/${encodeURIComponent(key)}`, { method: 'PUT', body: pairs(form.value.value) });
      this.error = '';
      this.editing = null;
      form.reset();
      await this.load();
      this.querySelector('#item-key')?.focus();
    } catch (err) {
      this.error = err.status ? problemText(err) : err.message;
    }
  }

  async remove(item) {
    try {
      await api(`quick-tables/${this.table.id}/items/${encodeURIComponent(item.key)}`, { method: 'DELETE' });
      await this.load();
    } catch (err) {
      this.error = problemText(err);
    }
  }

  edit(item) {
    this.editing = item;
    const form = this.querySelector('form.items');
    form.key.value = item.key;
    form.value.value = lines(item.value);
    form.value.focus();
  }

  render() {
    return html`<form class="panel items" aria-labelledby="items-title" @submit=${e => this.save(e)}>
      <h3 id="items-title">${t('qt.items')}</h3>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      <table class="grid compact"><thead><tr><th scope="col">${t('qt.key')}</th><th scope="col">${t('qt.value')}</th><th scope="col">${t('qt.updatedAt')}</th>
        <th><span class="visually-hidden">${t('actions')}</span></th></tr></thead>
        <tbody>${(this.items || []).map(item => html`<tr data-key=${item.key}><th scope="row">${item.key}</th><td class="value">${lines(item.value)}</td>
          <td>${dateTime(item.updatedAt)}</td><td><button type="button" @click=${() => this.edit(item)}>${t('edit')}</button>
          <button type="button" class="danger" @click=${() => this.remove(item)}>${t('delete')}</button></td></tr>`)}
        ${this.items && !this.items.length ? html`<tr><td colspan="4" class="muted">${t('empty')}</td></tr>` : nothing}</tbody></table>
      <div class="fields">
        <div class="field"><label for="item-key">${t('qt.key')}</label><input id="item-key" name="key" required maxlength="256"></div>
        <div class="field wide"><label for="item-value">${t('qt.value')}</label><textarea id="item-value" name="value" rows="3" placeholder="key=value"></textarea></div>
      </div>
      <button type="submit" id="item-save">${t(this.editing ? 'qt.saveItem' : 'qt.addItem')}</button>
    </form>`;
  }
}
customElements.define('cc-table-items', TableItems);

/** A text prompt as callers hear it: rendered by the center's text-to-speech (GET prompts/{id}/speech), played here. */
class PromptSpeech extends LitElement {
  static properties = { prompt: { attribute: false }, src: { state: true }, error: { state: true } };

  createRenderRoot() {
    return this;
  }

  async listen() {
    this.error = '';
    try {
      const res = await fetch('/api/v1/prompts/' + encodeURIComponent(this.prompt.id) + '/speech',
        { headers: { 'X-Requested-With': 'cc-ui', Accept: 'audio/wav' }, cache: 'no-store' });
      if (!res.ok) throw new Error(res.status === 503 ? t('pr.noSpeech') : (await res.json().catch(() => ({}))).detail || 'HTTP ' + res.status);
      if (this.src) URL.revokeObjectURL(this.src);
      this.src = URL.createObjectURL(await res.blob());
    } catch (e) {
      this.error = e.message;
    }
  }

  render() {
    if (!this.prompt?.id || !this.prompt.text) return nothing;
    return html`<h3>${t('pr.listenTitle')}</h3>
      <button type="button" id="prompt-listen" @click=${() => this.listen()}>${t('pr.listen')}</button>
      ${this.src ? html`<audio id="prompt-audio" controls autoplay src=${this.src}></audio>` : nothing}
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}`;
  }
}
customElements.define('cc-prompt-speech', PromptSpeech);
