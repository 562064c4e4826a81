// One resource of the admin console, generic over its descriptor (descriptors.js): the list (key columns, a filter
// box), and a form to create or edit one (fields.js), delete with a confirmation. A 400's violations are shown next
// to their fields (others, and a 409's detail such as "… is still referenced by routing profile X", at the top).
// Escape closes the form; after a save the focus goes to the saved row's Edit button and a status line says so.
import { LitElement, html, nothing } from 'lit';
import { api, ApiError, problemText } from '/ui/app.js';
import { t } from '/ui/i18n.js';
import { renderFields, paths, toBody, fieldId } from './fields.js';

/** A copy of value with the value at path (a list of keys / indexes) replaced. */
function setIn(value, path, v) {
  if (!path.length) return v;
  const [k, ...rest] = path;
  const copy = Array.isArray(value) ? [...value] : { ...(value || {}) };
  copy[k] = setIn(copy[k], rest, v);
  return copy;
}

class ResourceView extends LitElement {
  static properties = {
    desc: { attribute: false }, items: { state: true }, refs: { state: true }, extra: { state: true },
    filter: { state: true }, draft: { state: true }, editing: { state: true }, errors: { state: true },
    topErrors: { state: true }, status: { state: true }, confirming: { state: true }, busy: { state: true },
    listError: { state: true }
  };

  createRenderRoot() {
    return this;
  }

  constructor() {
    super();
    this.items = null;
    this.refs = {};
    this.extra = {};
    this.filter = '';
    this.errors = {};
    this.topErrors = [];
  }

  willUpdate(changed) {
    if (changed.has('desc') && this.desc) {
      this.items = null;
      this.filter = '';
      this.status = '';
      this.closeForm(false);
      this.load();
    }
  }

  async load() {
    const desc = this.desc;
    try {
      const [items, ...refLists] = await Promise.all([api(desc.path), ...desc.refs.map(r => api(r))]);
      if (desc !== this.desc) return;
      this.refs = Object.fromEntries(desc.refs.map((r, i) => [r, refLists[i]]));
      this.items = items.filter(desc.listFilter || (() => true))
        .sort((a, b) => String(desc.columns[0].value(a, this.refs)).localeCompare(String(desc.columns[0].value(b, this.refs))));
      this.listError = '';
      this.extra = desc.enrich ? await desc.enrich(this.items) : {};
    } catch (e) {
      this.listError = problemText(e);
    }
  }

  shown() {
    const q = this.filter.trim().toLowerCase();
    if (!q) return this.items;
    return this.items.filter(item => this.desc.columns.some(c => String(c.value(item, this.refs, this.extra) ?? '').toLowerCase().includes(q)));
  }

  openForm(item) {
    this.editing = item || null;
    this.draft = item ? structuredClone(item) : structuredClone(this.desc.defaults ? this.desc.defaults() : {});
    this.errors = {};
    this.topErrors = [];
    this.status = '';
    this.confirming = null;
    this.creatingForm = !item;
    this.updateComplete.then(() => this.querySelector('form.editor input, form.editor select, form.editor textarea')?.focus());
  }

  closeForm(refocus = true) {
    const was = this.editing;
    this.draft = null;
    this.editing = null;
    if (refocus) {
      this.updateComplete.then(() => (was ? this.querySelector(`tr[data-id="${CSS.escape(was.id)}"] .edit`) : this.querySelector('#new'))?.focus());
    }
  }

  change(path, v, focus) {
    if (!this.draft) return; // a late change event of a field the closed form removed
    this.draft = setIn(this.draft, path, v);
    if (focus) this.updateComplete.then(() => this.querySelector(`[id^="${fieldId(focus)}-"]`)?.focus()); // a new row's first cell
  }

  async save(e) {
    e.preventDefault();
    const desc = this.desc;
    const body = toBody(desc.fields, this.draft);
    this.busy = true;
    try {
      const saved = this.editing ? await api(`${desc.path}/${this.editing.id}`, { method: 'PUT', body })
        : await api(desc.path, { method: 'POST', body });
      this.draft = null;
      this.editing = null;
      await this.load();
      this.status = t(this.creatingForm ? 'created' : 'saved', { name: desc.columns[0].value(saved, this.refs) });
      await this.updateComplete;
      this.querySelector(`tr[data-id="${CSS.escape(saved.id)}"] .edit`)?.focus();
    } catch (err) {
      this.showProblem(err);
    } finally {
      this.busy = false;
    }
  }

  showProblem(err) {
    const known = new Set(paths(this.desc.fields, this.draft));
    const errors = {};
    const top = [];
    const violations = err instanceof ApiError ? err.problem.violations || [] : [];
    for (const v of violations) {
      if (known.has(v.field) && !errors[v.field]) errors[v.field] = v.message;
      else top.push((v.field ? v.field + ': ' : '') + v.message);
    }
    if (!violations.length) top.push(problemText(err));
    this.errors = errors;
    this.topErrors = top;
    this.updateComplete.then(() => {
      const first = [...known].find(p => errors[p]); // the first in the form's order
      (first ? this.querySelector('#' + CSS.escape(fieldId(first))) : this.querySelector('#form-errors'))?.focus();
    });
  }

  async remove(item) {
    try {
      await api(`${this.desc.path}/${item.id}`, { method: 'DELETE' });
      this.confirming = null;
      this.status = t('deleted', { name: this.desc.columns[0].value(item, this.refs) });
      this.listError = '';
      await this.load();
      this.updateComplete.then(() => this.querySelector('#new')?.focus());
    } catch (err) {
      this.confirming = null;
      this.listError = t('deleteRefused', { name: this.desc.columns[0].value(item, this.refs), reason: problemText(err) });
      this.updateComplete.then(() => this.querySelector('#list-error')?.focus());
    }
  }

  askDelete(item) {
    this.confirming = item;
    this.updateComplete.then(() => this.querySelector(`tr[data-id="${CSS.escape(item.id)}"] .confirm-delete`)?.focus());
  }

  onKey(e) {
    if (e.key !== 'Escape') return;
    if (this.draft) { e.preventDefault(); this.closeForm(); }
    else if (this.confirming) { const c = this.confirming; this.confirming = null; this.updateComplete.then(() => this.querySelector(`tr[data-id="${CSS.escape(c.id)}"] .delete`)?.focus()); }
  }

  render() {
    const desc = this.desc;
    if (!desc) return nothing;
    return html`<section class="resource" @keydown=${this.onKey} data-resource=${desc.path}>
      <div class="resource-head">
        <h2 id="resource-title">${t('r.' + desc.path)}</h2>
        <label class="filter"><span>${t('filter')}</span>
          <input id="filter" type="search" .value=${this.filter} @input=${e => { this.filter = e.target.value; }}></label>
        ${desc.readOnly ? nothing : html`<button type="button" class="primary" id="new" @click=${() => this.openForm(null)}>${t('new')}</button>`}
      </div>
      ${desc.intro ? html`<p class="muted intro">${t(desc.intro)}</p>` : nothing}
      <p id="status" role="status" class="ok-text">${this.status || ''}</p>
      ${this.listError ? html`<p id="list-error" class="error banner" role="alert" tabindex="-1">${this.listError}</p>` : nothing}
      ${this.draft ? this.renderForm() : nothing}
      ${this.renderList()}
    </section>`;
  }

  renderList() {
    const desc = this.desc;
    if (this.items === null) return html`<p class="muted">${t('loading')}</p>`;
    const items = this.shown();
    return html`<table class="grid" aria-labelledby="resource-title">
      <thead><tr>${desc.columns.map(c => html`<th scope="col">${t(c.label)}</th>`)}<th scope="col"><span class="visually-hidden">${t('actions')}</span></th></tr></thead>
      <tbody>${items.length ? items.map(item => html`<tr data-id=${item.id}>
        ${desc.columns.map((c, i) => i === 0 ? html`<th scope="row">${c.value(item, this.refs, this.extra)}</th>` : html`<td>${c.value(item, this.refs, this.extra)}</td>`)}
        <td class="actions">${this.confirming?.id === item.id ? html`<span class="confirm" role="group" aria-label=${t('confirmDelete')}>
            ${t('confirmDelete')} <button type="button" class="danger confirm-delete" @click=${() => this.remove(item)}>${t('delete')}</button>
            <button type="button" class="cancel-delete" @click=${() => { this.confirming = null; }}>${t('cancel')}</button></span>`
          : html`<button type="button" class="edit" aria-label=${t('editNamed', { name: desc.columns[0].value(item, this.refs) })}
              @click=${() => this.openForm(item)}>${t('edit')}</button>
            ${desc.readOnly || (desc.locked && desc.locked(item)) ? nothing : html`<button type="button" class="delete"
              aria-label=${t('deleteNamed', { name: desc.columns[0].value(item, this.refs) })}
              @click=${() => this.askDelete(item)}>${t('delete')}</button>`}`}
        </td></tr>`) : html`<tr><td colspan=${desc.columns.length + 1} class="muted">${t(this.filter ? 'noMatch' : 'empty')}</td></tr>`}
      </tbody></table>`;
  }

  renderForm() {
    const desc = this.desc;
    const ctx = { errors: this.errors, refs: this.refs, creating: !this.editing, change: (p, v, f) => this.change(p, v, f) };
    const title = this.editing ? t('editNamed', { name: desc.columns[0].value(this.editing, this.refs) }) : t('newOf', { what: t('one.' + desc.path) });
    return html`<form class="editor" novalidate aria-labelledby="form-title" @submit=${e => this.save(e)}>
      <h3 id="form-title">${title}</h3>
      ${this.topErrors.length ? html`<div id="form-errors" class="error banner" role="alert" tabindex="-1">
        ${this.topErrors.map(m => html`<p>${m}</p>`)}</div>` : nothing}
      <div class="fields">${renderFields(desc.fields, this.draft, ctx)}</div>
      <div class="form-actions">
        <button type="submit" class="primary" id="save" ?disabled=${this.busy}>${t('save')}</button>
        <button type="button" id="cancel" @click=${() => this.closeForm()}>${t('cancel')}</button>
        <span class="muted">${t('escHint')}</span>
      </div>
    </form>
    ${this.editing && desc.extra ? html`<div class="extra">${desc.extra(this.editing, this)}</div>` : nothing}`;
  }
}
customElements.define('cc-resource', ResourceView);
