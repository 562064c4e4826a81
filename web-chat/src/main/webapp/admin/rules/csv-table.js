// A decision table (.drl.csv) edited as a table: CSV text ↔ rows of cells, with Drools' quoting ("" inside quotes).
import { LitElement, html } from 'lit';
import { t } from '/ui/i18n.js';

/** The rows of a CSV text (quoted cells may hold commas, quotes and line breaks). */
export function parseCsv(text) {
  const rows = [];
  let row = [], cell = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell); rows.push(row); row = []; cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

/** CSV text of rows: a cell is quoted when it holds a comma, a quote or a line break. */
export function toCsv(rows) {
  const width = Math.max(0, ...rows.map(r => r.length));
  return rows.map(r => Array.from({ length: width }, (_, i) => r[i] ?? '')
    .map(c => /[",\r\n]/.test(c) ? '"' + c.replaceAll('"', '""') + '"' : c).join(',')).join('\n') + '\n';
}

/** The table editor: one input per cell (labelled ROW:COLUMN, as problems name them), add and remove rows. */
class CsvTable extends LitElement {
  static properties = { rows: { type: Array }, readonly: { type: Boolean }, invalid: { attribute: false } };

  createRenderRoot() {
    return this;
  }

  changed() {
    this.dispatchEvent(new CustomEvent('rows-changed', { detail: this.rows.map(r => [...r]), bubbles: true }));
  }

  setCell(r, c, value) {
    while (this.rows[r].length <= c) this.rows[r].push('');
    this.rows[r][c] = value;
    this.changed();
  }

  addRow(after) {
    const width = Math.max(...this.rows.map(r => r.length));
    this.rows.splice(after + 1, 0, Array(width).fill(''));
    this.changed();
    this.requestUpdate();
  }

  removeRow(r) {
    this.rows.splice(r, 1);
    this.changed();
    this.requestUpdate();
  }

  render() {
    if (!this.rows) return html``;
    const width = Math.max(1, ...this.rows.map(r => r.length));
    const letters = Array.from({ length: width }, (_, i) => String.fromCharCode(65 + i));
    return html`<div class="table-scroll"><table class="decision-table" id="decision-table">
      <thead><tr><th scope="col">#</th>${letters.map(l => html`<th scope="col">${l}</th>`)}${this.readonly ? '' : html`<th scope="col"><span class="visually-hidden">${t('rowActions')}</span></th>`}</tr></thead>
      <tbody>${this.rows.map((row, r) => html`<tr>
        <th scope="row">${r + 1}</th>
        ${letters.map((l, c) => html`<td><input aria-label=${(r + 1) + ':' + l} data-cell=${(r + 1) + ':' + l} .value=${row[c] ?? ''}
          size=${Math.max(8, Math.min(40, (row[c] ?? '').length + 1))} title=${row[c] ?? ''}
          aria-invalid=${this.invalid?.has((r + 1) + ':' + l) ? 'true' : 'false'}
          ?readonly=${this.readonly} @input=${e => this.setCell(r, c, e.target.value)}></td>`)}
        ${this.readonly ? '' : html`<td class="row-actions">
          <button type="button" title=${t('addRowBelow')} aria-label=${t('addRowBelow') + ' ' + (r + 1)} @click=${() => this.addRow(r)}>+</button>
          <button type="button" title=${t('removeRow')} aria-label=${t('removeRow') + ' ' + (r + 1)} @click=${() => this.removeRow(r)}>−</button></td>`}
      </tr>`)}</tbody></table></div>`;
  }
}
customElements.define('cc-csv-table', CsvTable);
