// The admin console's form fields, generated from a resource's field descriptions (descriptors.js). A field is
// {key, kind, ...}: text (type: text|email|password|time|date|url|tel), textarea, number, select (options), ref (a
// choice from another resource's list), checks (a set of options), group (a nested object of fields) and rows (a
// list of objects: one table row each, with add / remove). Every field has a label; a violation whose `field` is
// the field's path (name, config[1].end, afterContactWorkTimeouts.chat) is shown next to it and marks it invalid.
import { html, nothing } from 'lit';
import { t } from '/ui/i18n.js';

/** A DOM id for a field path: config[1].end → f-config-1-end. */
export function fieldId(path) {
  return 'f-' + path.replace(/[\[\].]+/g, '-').replace(/-$/, '');
}

/** The label of a field: its own key (f.<key>) unless it names one. */
export function label(field) {
  return t(field.label || 'f.' + field.key);
}

/** An option's text: v.<VALUE> when there is one, else the value itself. */
export function optionText(value) {
  const k = 'v.' + value;
  const s = t(k);
  return s === k ? value : s;
}

/** The fields shown for a value (a field may show only when another has a value: `when`). */
export function visible(fields, value) {
  return fields.filter(f => !f.when || f.when(value || {}));
}

/** Every path the form shows for value: violations of other paths are shown at the top of the form. */
export function paths(fields, value, prefix = '') {
  const out = [];
  for (const f of visible(fields, value)) {
    const p = prefix + f.key;
    out.push(p);
    if (f.kind === 'group') out.push(...paths(f.fields, value?.[f.key], p + '.'));
    if (f.kind === 'rows') (value?.[f.key] || []).forEach((row, i) => {
      out.push(`${p}[${i}]`, ...paths(f.fields, row, `${p}[${i}].`));
    });
  }
  return out;
}

/** The value for the API: empty texts and numbers are null, hidden fields are null, rows and groups recursively. */
export function toBody(fields, value) {
  const body = {};
  const shown = new Set(visible(fields, value).map(f => f.key));
  for (const f of fields) {
    const v = value?.[f.key];
    if (!shown.has(f.key)) { body[f.key] = null; continue; }
    if (f.kind === 'rows') body[f.key] = (v || []).map(row => toBody(f.fields, row));
    else if (f.kind === 'group') {
      const g = toBody(f.fields, v);
      body[f.key] = Object.values(g).every(x => x === null) ? null : g;
    } else if (f.kind === 'checks') body[f.key] = [...(v || [])];
    else if (f.kind === 'number') body[f.key] = v === '' || v === null || v === undefined ? null : Number(v);
    else body[f.key] = v === '' || v === undefined ? null : v;
    if (f.writeOnly && body[f.key] === null) delete body[f.key]; // left out: the center keeps it
  }
  return body;
}

/** A new row's value: each field's default. */
export function blankRow(fields) {
  return Object.fromEntries(fields.map(f => [f.key, f.default ?? (f.kind === 'checks' ? [] : '')]));
}

/**
 * Renders fields for value; ctx = {errors: {path: message}, refs: {resource: [items]}, change(path, v)}, where path is
 * a list of keys and indexes from the form's value.
 */
export function renderFields(fields, value, ctx, prefix = '', at = []) {
  return visible(fields, value).map(f => renderField(f, value?.[f.key], ctx, prefix + f.key, [...at, f.key], value));
}

function errorOf(ctx, path) {
  const m = ctx.errors[path];
  return m ? html`<span class="field-error error" id=${fieldId(path) + '-error'}>${m}</span>` : nothing;
}

function hintOf(f, path, whole) {
  const h = typeof f.hint === 'function' ? f.hint(whole || {}) : f.hint ? t(f.hint) : '';
  return h ? html`<span class="hint muted" id=${fieldId(path) + '-hint'}>${h}</span>` : nothing;
}

function described(ctx, path, f, whole) {
  const ids = [];
  if (ctx.errors[path]) ids.push(fieldId(path) + '-error');
  if (f.hint && (typeof f.hint !== 'function' || f.hint(whole || {}))) ids.push(fieldId(path) + '-hint');
  return ids.join(' ') || nothing;
}

function control(f, v, ctx, path, at, whole, bare) {
  const id = fieldId(path);
  const invalid = ctx.errors[path] ? 'true' : 'false';
  const aria = bare ? t('cellLabel', { field: label(f), n: bare }) : nothing; // bare: a table cell of row n
  const desc = described(ctx, path, f, whole);
  const set = e => ctx.change(at, e.target.value);
  switch (f.kind) {
    case 'textarea':
      return html`<textarea id=${id} rows=${f.rows || 3} aria-label=${aria} aria-invalid=${invalid} aria-describedby=${desc}
        ?required=${f.required} .value=${v ?? ''} @input=${set} @change=${set}></textarea>`;
    case 'number':
      return html`<input id=${id} type="number" min=${f.min ?? nothing} max=${f.max ?? nothing} aria-label=${aria}
        aria-invalid=${invalid} aria-describedby=${desc} ?required=${f.required} .value=${v ?? ''} @input=${set} @change=${set}>`;
    case 'select':
    case 'ref': {
      const options = f.kind === 'select' ? f.options.map(o => [o, optionText(o)])
        : (ctx.refs[f.resource] || []).filter(f.filter || (() => true)).map(r => [r.id, (f.text || (x => x.name))(r)]);
      return html`<select id=${id} aria-label=${aria} aria-invalid=${invalid} aria-describedby=${desc} ?required=${f.required}
        @change=${set}>
        ${f.required && v ? nothing : html`<option value="" ?selected=${!v}>${t(f.required ? 'choose' : 'none')}</option>`}
        ${options.map(([val, text]) => html`<option value=${val} ?selected=${val === v}>${text}</option>`)}
      </select>`;
    }
    case 'checks':
      return html`<span class="checks" role="group" aria-labelledby=${id + '-label'} aria-describedby=${desc}>
        ${f.options.map(o => html`<label><input type="checkbox" id=${id + '-' + o} .checked=${(v || []).includes(o)}
          @change=${e => ctx.change(at, e.target.checked ? [...(v || []), o] : (v || []).filter(x => x !== o))}> ${optionText(o)}</label>`)}
      </span>`;
    default:
      return html`<input id=${id} type=${f.type || 'text'} aria-label=${aria} aria-invalid=${invalid} aria-describedby=${desc}
        ?required=${f.required} list=${f.list || nothing} autocomplete=${f.type === 'password' ? 'new-password' : 'off'}
        placeholder=${f.placeholder || nothing} .value=${v ?? ''} @input=${set} @change=${set}>`;
  }
}

function renderField(f, v, ctx, path, at, whole) {
  if (f.kind === 'group') {
    return html`<fieldset class="group"><legend>${label(f)}</legend>
      ${renderFields(f.fields, v, ctx, path + '.', at)}${errorOf(ctx, path)}</fieldset>`;
  }
  if (f.kind === 'rows') return rows(f, v || [], ctx, path, at);
  const id = fieldId(path);
  const req = f.required || (f.requiredWhen && f.requiredWhen(ctx.creating));
  return html`<div class="field ${f.wide ? 'wide' : ''}">
    <label for=${f.kind === 'checks' ? nothing : id} id=${id + '-label'}>${label(f)}${req ? html` <span aria-hidden="true">*</span>` : ''}</label>
    ${control(f, v, ctx, path, at, whole, false)}${hintOf(f, path, whole)}${errorOf(ctx, path)}
  </div>`;
}

function rows(f, list, ctx, path, at) {
  const remove = i => ctx.change(at, list.filter((_, j) => j !== i));
  const add = () => ctx.change(at, [...list, blankRow(f.fields)], `${path}[${list.length}]`);
  return html`<fieldset class="rows" id=${fieldId(path)}><legend>${label(f)}</legend>
    ${f.hint ? html`<p class="hint muted">${t(f.hint)}</p>` : nothing}
    ${list.length ? html`<table class="grid compact">
      <thead><tr>${f.fields.map(c => html`<th scope="col">${label(c)}</th>`)}<th><span class="visually-hidden">${t('actions')}</span></th></tr></thead>
      <tbody>${list.map((row, i) => html`<tr>
        ${f.fields.map(c => html`<td>${control(c, row[c.key], ctx, `${path}[${i}].${c.key}`, [...at, i, c.key], row, i + 1)}
          ${errorOf(ctx, `${path}[${i}].${c.key}`)}</td>`)}
        <td><button type="button" class="remove-row" aria-label=${t('removeRow', { n: i + 1 })} @click=${() => remove(i)}>×</button>
          ${errorOf(ctx, `${path}[${i}]`)}</td>
      </tr>`)}</tbody></table>` : html`<p class="muted">${t('noRows')}</p>`}
    <button type="button" class="add-row" id=${fieldId(path) + '-add'} @click=${add}>${t(f.addLabel || 'addRow')}</button>
    ${errorOf(ctx, path)}
  </fieldset>`;
}
