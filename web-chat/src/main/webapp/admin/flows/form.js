// The selected block's form, generated from the block catalogue (GET /contact-flows/block-types): its parameters
// (required ones marked, numbers with their range, references chosen from the configured queues, hours, prompts,
// flows, functions, quick tables and agents), its branches (conditions, Success, every error) with their targets,
// and the block's own problems. Edits change the action in place and fire 'edited' (the page validates again).
import { LitElement, html } from 'lit';
import { t } from '/ui/i18n.js';
import { blockDescription, blockName, flatten, getPath, setPath, branches, pointerParameter } from './graph.js';

const LONG = new Set(['Text', 'SSML']);

class BlockForm extends LitElement {
  static properties = {
    action: { attribute: false }, type: { attribute: false }, ids: { attribute: false }, resources: { attribute: false },
    problems: { attribute: false }, operators: { attribute: false }, start: {}, revision: { type: Number }
  };

  createRenderRoot() {
    return this;
  }

  edited(what) {
    this.dispatchEvent(new CustomEvent('edited', { detail: { id: this.action.Identifier, what }, bubbles: true }));
    this.requestUpdate();
  }

  params() {
    if (!this.action.Parameters || typeof this.action.Parameters !== 'object') this.action.Parameters = {};
    return this.action.Parameters;
  }

  transitions() {
    if (!this.action.Transitions || typeof this.action.Transitions !== 'object') this.action.Transitions = {};
    return this.action.Transitions;
  }

  setParam(path, value) {
    setPath(this.params(), path, value === '' ? undefined : value);
    this.edited('parameter');
  }

  /** The fields to show: required (each alternative), references, numbers, then whatever else the block holds. */
  fields() {
    const type = this.type || { required: [], references: {}, numbers: {} };
    const out = [];
    const seen = new Set();
    const add = (path, required, group) => { if (!seen.has(path)) { seen.add(path); out.push({ path, required, group }); } };
    for (const r of type.required) {
      const alts = r.split('|');
      alts.forEach(p => add(p, true, alts.length > 1 ? alts.join(' | ') : null));
    }
    Object.keys(type.references).forEach(p => add(p, false));
    Object.keys(type.numbers).forEach(p => add(p, false));
    Object.entries(flatten(this.params())).forEach(([p, v]) => { if (typeof v !== 'object') add(p, false); });
    return out;
  }

  render() {
    const a = this.action;
    if (!a) return html`<p class="muted">${t('fdSelectHint')}</p>`;
    const type = this.type;
    const problems = this.problems || [];
    const paramProblems = new Map();
    problems.forEach(p => { const k = pointerParameter(p.rest); if (k) paramProblems.set(k, p.message); });
    return html`<h2 id="block-title">${blockName(t, a.Type, type)}</h2>
      <p class="muted"><code id="block-id">${a.Identifier}</code> · <code>${a.Type}</code>${this.start === a.Identifier ? html` · <strong>${t('fdIsStart')}</strong>` : ''}</p>
      ${type ? html`<p class="muted small">${blockDescription(t, a.Type, type)}</p>` : html`<p class="error">${t('fdUnknownType')}</p>`}
      ${problems.length ? html`<ul class="block-problems" id="block-problems" role="alert">
        ${problems.map(p => html`<li>${p.message} <code class="muted">${p.rest || '/'}</code></li>`)}</ul>` : ''}
      <fieldset><legend>${t('fdParameters')}</legend>
        ${this.fields().map(f => this.field(f, paramProblems.get(f.path)))}
        <div class="add-param">
          <label for="new-param-name" class="visually-hidden">${t('fdNewParamName')}</label>
          <input id="new-param-name" placeholder=${t('fdNewParamName')} size="14">
          <label for="new-param-value" class="visually-hidden">${t('fdNewParamValue')}</label>
          <input id="new-param-value" placeholder=${t('fdNewParamValue')} size="10">
          <button type="button" id="add-param" @click=${() => this.addParam()}>${t('fdAdd')}</button>
        </div>
      </fieldset>
      ${this.branchesForm()}
      <div class="block-actions">
        <button type="button" id="set-start" ?disabled=${this.start === a.Identifier}
          @click=${() => this.dispatchEvent(new CustomEvent('start', { detail: { id: a.Identifier }, bubbles: true }))}>${t('fdSetStart')}</button>
        <button type="button" class="danger" id="delete-block"
          @click=${() => this.dispatchEvent(new CustomEvent('delete', { detail: { id: a.Identifier }, bubbles: true }))}>${t('fdDeleteBlock')}</button>
      </div>`;
  }

  field(f, problem) {
    const type = this.type || { references: {}, numbers: {} };
    const value = getPath(this.params(), f.path);
    const text = value === undefined || value === null ? '' : String(value);
    const id = 'param-' + f.path.replace(/[^A-Za-z0-9]/g, '-');
    const kind = type.references[f.path];
    const range = type.numbers[f.path];
    const label = html`<label for=${id}>${f.path}${f.required ? html` <abbr title=${t('fdRequired')}>*</abbr>` : ''}
      ${f.group ? html`<span class="muted small">(${t('fdOneOf', { names: f.group })})</span>` : ''}
      ${range ? html`<span class="muted small">${range[0]}–${range[1]}</span>` : ''}</label>`;
    const err = problem ? html`<span class="field-error" id=${id + '-error'}>${problem}</span>` : '';
    const common = { id, invalid: problem ? 'true' : 'false', described: problem ? id + '-error' : '' };
    let input;
    if (kind) {
      const list = this.resources?.[kind] || [];
      const known = list.some(r => r.id === text);
      input = html`<select id=${common.id} data-param=${f.path} aria-invalid=${common.invalid} aria-describedby=${common.described}
          @change=${e => this.setParam(f.path, e.target.value)}>
        <option value="" ?selected=${!text}>${t('fdNone')}</option>
        ${!known && text ? html`<option value=${text} selected>${text} (${t('fdNotInList')})</option>` : ''}
        ${list.map(r => html`<option value=${r.id} ?selected=${r.id === text}>${r.name}</option>`)}
      </select>`;
    } else if (LONG.has(f.path)) {
      input = html`<textarea id=${common.id} data-param=${f.path} rows="3" aria-invalid=${common.invalid} aria-describedby=${common.described}
        .value=${text} @change=${e => this.setParam(f.path, e.target.value)}></textarea>`;
    } else {
      input = html`<input id=${common.id} data-param=${f.path} type=${range ? 'number' : 'text'} min=${range ? range[0] : ''} max=${range ? range[1] : ''}
        aria-invalid=${common.invalid} aria-describedby=${common.described} .value=${text} @change=${e => this.setParam(f.path, e.target.value)}>`;
    }
    return html`<div class="field ${problem ? 'has-error' : ''}">${label}${input}${err}</div>`;
  }

  addParam() {
    const name = this.querySelector('#new-param-name').value.trim();
    const value = this.querySelector('#new-param-value').value;
    if (!/^[A-Za-z0-9_$-]+(\.[A-Za-z0-9_$-]+)*$/.test(name)) return;
    this.setParam(name, value);
    this.querySelector('#new-param-name').value = '';
    this.querySelector('#new-param-value').value = '';
  }

  targetSelect(id, value, onChange, label) {
    return html`<select id=${id} aria-label=${label} @change=${e => onChange(e.target.value)}>
      <option value="" ?selected=${!value}>${t('fdNotConnected')}</option>
      ${(this.ids || []).map(x => html`<option value=${x.id} ?selected=${x.id === value}>${x.id} · ${x.block}</option>`)}
      ${value && !(this.ids || []).some(x => x.id === value) ? html`<option value=${value} selected>${value} (${t('fdMissing')})</option>` : ''}
    </select>`;
  }

  branchesForm() {
    const tr = this.transitions();
    const type = this.type;
    const conds = Array.isArray(tr.Conditions) ? tr.Conditions : [];
    const allowConds = type ? type.conditions !== 'NONE' : conds.length > 0;
    const errs = branches(this.action, type).filter(b => b.kind === 'error');
    return html`<fieldset class="branches"><legend>${t('fdBranches')}</legend>
      ${allowConds ? html`<datalist id="results-list">${(type?.results || []).map(r => html`<option value=${r}></option>`)}</datalist>
        <ol class="conditions">${conds.map((c, i) => html`<li>
          <select aria-label=${t('fdOperator')} id=${'cond-op-' + i} @change=${e => { c.Condition = { ...(c.Condition || {}), Operator: e.target.value }; this.edited('condition'); }}>
            ${(this.operators || ['Equals']).map(o => html`<option value=${o} ?selected=${o === c.Condition?.Operator}>${o}</option>`)}</select>
          <input aria-label=${t('fdOperands')} id=${'cond-operands-' + i} list="results-list" size="12"
            .value=${(c.Condition?.Operands || []).join(', ')}
            @change=${e => { c.Condition = { ...(c.Condition || {}), Operands: e.target.value.split(',').map(s => s.trim()).filter(Boolean) }; this.edited('condition'); }}>
          ${this.targetSelect('cond-target-' + i, c.NextAction, v => { c.NextAction = v; this.edited('connect'); }, t('fdTargetOf', { name: t('fdCondition') + ' ' + (i + 1) }))}
          <button type="button" class="remove" aria-label=${t('fdRemoveCondition', { n: i + 1 })}
            @click=${() => { conds.splice(i, 1); if (!conds.length) delete tr.Conditions; this.edited('condition'); }}>✕</button>
        </li>`)}</ol>
        <button type="button" id="add-condition" @click=${() => {
          tr.Conditions = [...conds, { NextAction: '', Condition: { Operator: 'Equals', Operands: [type?.results?.[conds.length] || String(conds.length + 1)] } }];
          this.edited('condition');
        }}>${t('fdAddCondition')}</button>` : ''}
      ${type?.next || tr.NextAction !== undefined ? html`<div class="branch-row"><label for="next-target">${t('fdSuccess')}</label>
        ${this.targetSelect('next-target', tr.NextAction, v => { if (v) tr.NextAction = v; else delete tr.NextAction; this.edited('connect'); }, t('fdSuccess'))}</div>` : ''}
      ${errs.map(b => html`<div class="branch-row"><label for=${'error-' + b.name}>${b.name}</label>
        ${this.targetSelect('error-' + b.name, b.target, v => this.setError(b.name, v), b.name)}</div>`)}
    </fieldset>`;
  }

  setError(name, target) {
    const tr = this.transitions();
    const errors = (Array.isArray(tr.Errors) ? tr.Errors : []).filter(e => e?.ErrorType !== name);
    if (target) errors.push({ NextAction: target, ErrorType: name });
    if (errors.length) tr.Errors = errors; else delete tr.Errors;
    this.edited('connect');
  }
}
customElements.define('cc-block-form', BlockForm);
