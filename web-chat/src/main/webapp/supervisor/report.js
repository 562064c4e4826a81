// The historical report: GET /api/v1/metrics/historical for whole days of a time zone, as a table and a bar
// chart; "Export CSV" downloads the same query as CSV (fetched with the page's headers, saved from a Blob).
import { LitElement, html } from 'lit';
import { api, problemText, number, duration, sessionEnded } from '/ui/app.js';
import { t, lang } from '/ui/i18n.js';
import { startPage, noRole, pct, PALETTE } from './common.js';

const INTERVALS = ['FIFTEEN_MINUTES', 'HOUR', 'DAY', 'TOTAL'];
const GROUPS = ['QUEUE', 'AGENT', 'ROUTING_PROFILE', 'CHANNEL', 'NONE'];
const COLUMNS = [
  ['contactsQueued', 'mContactsQueued', 'n'], ['contactsAnswered', 'mContactsAnswered', 'n'],
  ['contactsHandled', 'mContactsHandled', 'n'], ['contactsAbandoned', 'mContactsAbandoned', 'n'],
  ['abandonRate', 'mAbandonRate', '%'], ['serviceLevel20', 'mServiceLevel20', '%'], ['serviceLevel60', 'mServiceLevel60', '%'],
  ['averageQueueAnswerTime', 'mAverageQueueAnswerTime', 's'], ['averageHandleTime', 'mAverageHandleTime', 's'],
  ['averageAfterContactWorkTime', 'mAverageAfterContactWorkTime', 's'], ['maxQueuedTime', 'mMaxQueuedTime', 's'],
  ['agentNonResponse', 'mAgentNonResponse', 'n']
];
const CHART_ROWS = 60;

/** yyyy-mm-dd of a Date in a time zone. */
function isoDate(d, tz) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
}

/** The UTC offset of a time zone at an instant, in minutes. */
function offsetMinutes(instant, tz) {
  const p = Object.fromEntries(new Intl.DateTimeFormat('en-US', {
    timeZone: tz, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit'
  }).formatToParts(new Date(instant)).map(x => [x.type, x.value]));
  const local = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second);
  return Math.round((local - Math.floor(instant / 1000) * 1000) / 60000);
}

/** Midnight of a yyyy-mm-dd day in a time zone as ISO-8601 with its offset (2026-12-01T00:00:00+09:00). */
export function zonedMidnight(day, tz) {
  const [y, m, d] = day.split('-').map(Number);
  const guess = Date.UTC(y, m - 1, d);
  let off = offsetMinutes(guess, tz);
  off = offsetMinutes(guess - off * 60000, tz);
  const sign = off < 0 ? '-' : '+', a = Math.abs(off);
  return `${day}T00:00:00${sign}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}

/** An interval's start as a date and time on the report's time zone's clock, in the page's language. */
function zonedTime(instant, tz, interval) {
  const o = interval === 'DAY' ? { dateStyle: 'medium' } : { dateStyle: 'medium', timeStyle: 'short' };
  return new Intl.DateTimeFormat(lang(), { ...o, timeZone: tz }).format(new Date(instant));
}

function nextDay(day) {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

class Report extends LitElement {
  static properties = {
    session: { state: true }, noRoleUser: { state: true }, ready: { state: true }, result: { state: true },
    error: { state: true }, busy: { state: true }, form: { state: true }
  };

  createRenderRoot() {
    return this;
  }

  async connectedCallback() {
    super.connectedCallback();
    const tz = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
    const today = isoDate(new Date(), tz);
    this.form = { from: today, to: today, interval: 'HOUR', timeZone: tz, groupBy: 'QUEUE' };
    this.session = await startPage(this, () => t('reportTitle'));
    this.zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [tz];
    this.ready = true;
  }

  query(format) {
    const f = this.form;
    return new URLSearchParams({
      from: zonedMidnight(f.from, f.timeZone), to: zonedMidnight(nextDay(f.to), f.timeZone), interval: f.interval,
      timeZone: f.timeZone, groupBy: f.groupBy, format
    }).toString();
  }

  readForm() {
    const v = id => this.querySelector('#' + id).value;
    this.form = { from: v('report-from'), to: v('report-to'), interval: v('report-interval'), timeZone: v('report-tz').trim(), groupBy: v('report-group') };
    if (!this.form.from || !this.form.to) return false;
    if (this.form.to < this.form.from) {
      this.error = t('reportBadRange');
      return false;
    }
    try {
      new Intl.DateTimeFormat('en', { timeZone: this.form.timeZone });
    } catch (e) {
      this.error = t('reportTimeZone') + ': ' + this.form.timeZone;
      return false;
    }
    return true;
  }

  async run(e) {
    e.preventDefault();
    this.error = '';
    if (!this.readForm()) return;
    this.busy = true;
    try {
      this.result = await api('metrics/historical?' + this.query('json'));
    } catch (err) {
      this.error = problemText(err);
    } finally {
      this.busy = false;
    }
  }

  async csv() {
    this.error = '';
    if (!this.readForm()) return;
    this.busy = true;
    try {
      const res = await fetch('/api/v1/metrics/historical?' + this.query('csv'), {
        headers: { 'X-Requested-With': 'cc-ui', Accept: 'text/csv' }, cache: 'no-store'
      });
      if (res.status === 401) {
        sessionEnded();
        return;
      }
      if (!res.ok) {
        const p = await res.json().catch(() => ({}));
        throw new Error(p.detail || p.title || ('HTTP ' + res.status));
      }
      const blob = await res.blob();
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = `metrics-${this.form.groupBy.toLowerCase()}-${this.form.from}-${this.form.to}.csv`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
    } catch (err) {
      this.error = err instanceof Error && !(err instanceof TypeError) ? err.message : problemText(err);
    } finally {
      this.busy = false;
    }
  }

  render() {
    if (!this.ready) return html``;
    if (!this.session) return noRole(this.noRoleUser);
    const f = this.form;
    return html`
      <cc-sup-header .user=${this.session.username} .admin=${this.session.roles.includes('admin')} page="report"></cc-sup-header>
      <main id="report" class="report">
        <h2>${t('reportTitle')}</h2>
        <form id="report-form" class="report-form" @submit=${this.run}>
          <div><label for="report-from">${t('reportFrom')}</label><input id="report-from" type="date" required .value=${f.from}></div>
          <div><label for="report-to">${t('reportTo')}</label><input id="report-to" type="date" required .value=${f.to}></div>
          <div><label for="report-interval">${t('reportInterval')}</label>
            <select id="report-interval">${INTERVALS.map(i => html`<option value=${i} ?selected=${i === f.interval}>${t('int' + i)}</option>`)}</select></div>
          <div><label for="report-tz">${t('reportTimeZone')}</label>
            <input id="report-tz" list="report-tz-list" .value=${f.timeZone} required size="22">
            <datalist id="report-tz-list">${this.zones.map(z => html`<option value=${z}></option>`)}</datalist></div>
          <div><label for="report-group">${t('reportGroupBy')}</label>
            <select id="report-group">${GROUPS.map(g => html`<option value=${g} ?selected=${g === f.groupBy}>${t('grp' + g)}</option>`)}</select></div>
          <div class="buttons">
            <button class="primary" id="report-run" ?disabled=${this.busy}>${t('reportRun')}</button>
            <button type="button" id="report-csv" ?disabled=${this.busy} @click=${this.csv}>${t('reportCsv')}</button>
          </div>
        </form>
        ${this.error ? html`<p class="error" role="alert" id="report-error">${this.error}</p>` : ''}
        ${this.result ? this.renderResult(this.result) : ''}
      </main>`;
  }

  label(r) {
    const name = r.name ?? r.group ?? '';
    return this.result.interval === 'TOTAL' ? name : (name ? name + ' · ' : '') + zonedTime(r.start, this.result.timeZone, this.result.interval);
  }

  renderResult(res) {
    const rows = res.rows || [];
    if (!rows.length) return html`<p class="muted" id="report-empty">${t('reportEmpty')}</p>`;
    const fmt = (v, kind) => kind === '%' ? pct(v) : kind === 's' ? (v === null || v === undefined ? '–' : duration(v)) : number(v);
    const shown = rows.slice(0, CHART_ROWS);
    const bars = {
      labels: shown.map(r => this.label(r)),
      datasets: [['contactsQueued', 'mContactsQueued'], ['contactsHandled', 'mContactsHandled'], ['contactsAbandoned', 'mContactsAbandoned']]
        .map(([key, label], i) => ({ label: t(label), data: shown.map(r => r.metrics[key] ?? 0), backgroundColor: PALETTE[i] }))
    };
    return html`
      <figure class="panel chart-bar">
        <figcaption>${t('reportChart')}</figcaption>
        <cc-chart id="report-chart" type="bar" .label=${t('reportChart')} .data=${bars}
          .options=${{ scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }}></cc-chart>
      </figure>
      <p class="muted">${t('reportRows', { count: number(rows.length) })} · ${res.timeZone}</p>
      <div class="table-scroll" tabindex="0" aria-labelledby="report-caption">
      <table id="report-table" class="grid">
        <caption id="report-caption" class="visually-hidden">${t('reportTitle')}</caption>
        <thead><tr>
          ${res.interval === 'TOTAL' ? '' : html`<th scope="col">${t('start')}</th>`}
          ${res.groupBy === 'NONE' ? '' : html`<th scope="col">${t('grp' + res.groupBy)}</th>`}
          ${COLUMNS.map(([, label]) => html`<th scope="col" class="num">${t(label)}</th>`)}
        </tr></thead>
        <tbody>${rows.map(r => html`<tr data-group=${r.group ?? ''} data-start=${r.start}>
          ${res.interval === 'TOTAL' ? '' : html`<td>${zonedTime(r.start, res.timeZone, res.interval)}</td>`}
          ${res.groupBy === 'NONE' ? '' : html`<th scope="row">${r.name ?? r.group}</th>`}
          ${COLUMNS.map(([key, , kind]) => html`<td class="num" data-metric=${key}>${fmt(r.metrics[key], kind)}</td>`)}
        </tr>`)}</tbody>
      </table></div>`;
  }
}
customElements.define('cc-report', Report);
