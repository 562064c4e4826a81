// The supervisor's wallboard: live figures pushed on /ws/supervisor (the session cookie authenticates the
// handshake) per queue, routing profile and agent and for the whole center, two charts, and drill-downs into a
// queue's waiting contacts and an agent's state and contacts (detail.js). Every value that comes from users or
// customers is rendered as text (Lit escapes ${}; nothing here writes HTML).
import { LitElement, html } from 'lit';
import { api, socketUrl, number, duration, time, currentSession, sessionEnded } from '/ui/app.js';
import { t } from '/ui/i18n.js';
import { startPage, noRole, pct, PALETTE, Chart } from './common.js';
import './detail.js';

const HISTORY_POINTS = 120;      // one point every 5 s: 10 minutes
const HISTORY_STEP_MS = 5000;
const MAX_BACKOFF_S = 30;
// the doughnut's slices: each agent once, by its activity (agents[].activity, Connect's precedence)
const ACTIVITIES = [
  [['AVAILABLE'], 'actAVAILABLE', '#1b7f3b'], [['INCOMING'], 'actINCOMING', '#edae49'],
  [['ON_CONTACT'], 'actON_CONTACT', '#0b5cad'], [['AFTER_CONTACT_WORK'], 'actAFTER_CONTACT_WORK', '#6a4c93'],
  [['CUSTOM_STATUS'], 'actCUSTOM_STATUS', '#8a8f98'], [['MISSED', 'REJECTED', 'ERROR'], 'mAgentsError', '#b3261e']
];

class Wallboard extends LitElement {
  static properties = {
    session: { state: true }, noRoleUser: { state: true }, ready: { state: true }, metrics: { state: true },
    connection: { state: true }, retryIn: { state: true }, now: { state: true }, queueList: { state: true },
    selected: { state: true }, tv: { state: true }
  };

  createRenderRoot() {
    return this;
  }

  constructor() {
    super();
    this.connection = 'connecting';
    this.queueList = [];
    this.history = [];          // [{at, queues: {id: contactsInQueue}}]
    this.backoff = 1;
    this.selected = null;       // {kind: 'queue'|'agent', id, name}
    this.tv = false;
  }

  async connectedCallback() {
    super.connectedCallback();
    this.session = await startPage(this, () => t('navWallboard'));
    this.ready = true;
    if (!this.session) return;  // no role: the text only, no socket
    this.loadQueues();
    this.loadHistory();
    this.queueTimer = setInterval(() => this.loadQueues(), 60000);
    this.tick = setInterval(() => { this.now = Date.now(); }, 1000);
    document.addEventListener('fullscreenchange', this.onFullscreenChange = () => {
      if (!document.fullscreenElement) this.tv = false;
    });
    document.addEventListener('keydown', this.onKey = e => {
      if (e.key !== 'Escape') return;
      if (this.tv) this.toggleFullscreen();
      else if (this.selected && !e.target.closest?.('select, input')) this.closeDetail();
    });
    this.connect();
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    clearInterval(this.queueTimer);
    clearInterval(this.tick);
    clearTimeout(this.retryTimer);
    this.socket?.close();
  }

  /** The standard queues, so that a queue without contacts or agents today still has its row. */
  async loadQueues() {
    try {
      this.queueList = (await api('queues')).filter(q => q.type === 'STANDARD').map(q => ({ queueId: q.id, name: q.name }));
    } catch (e) { /* the socket's figures still show */ }
  }

  /** The chart's last 10 minutes from the center, so it does not start empty; points the socket brought meanwhile stay. */
  async loadHistory() {
    try {
      const past = (await api('metrics/realtime/history')).samples.map(s => ({ at: Date.parse(s.at), queues: s.queues }));
      const since = this.history.length ? this.history[0].at : Infinity;
      this.history = [...past.filter(p => p.at < since), ...this.history].slice(-HISTORY_POINTS);
      this.requestUpdate();
    } catch (e) { /* the chart starts from the socket's frames */ }
  }

  connect() {
    clearTimeout(this.retryTimer);
    clearInterval(this.countdown);
    this.connection = 'connecting';
    const ws = new WebSocket(socketUrl('/ws/supervisor'));
    this.socket = ws;
    ws.onopen = () => {
      this.connection = 'open';
      this.backoff = 1;
      this.retryIn = 0;
    };
    ws.onmessage = e => {
      let frame;
      try { frame = JSON.parse(e.data); } catch (err) { return; }
      if (frame.type === 'metrics') this.receive(frame.metrics);
    };
    ws.onclose = async ev => {
      if (this.socket !== ws) return;
      this.connection = 'closed';
      if (ev.code === 1008 && !(await currentSession())) {
        sessionEnded();
        return;
      }
      const wait = this.backoff;
      this.backoff = Math.min(MAX_BACKOFF_S, this.backoff * 2);
      this.retryIn = wait;
      this.countdown = setInterval(() => { this.retryIn = Math.max(0, this.retryIn - 1); }, 1000);
      this.retryTimer = setTimeout(() => { clearInterval(this.countdown); this.connect(); }, wait * 1000);
    };
  }

  receive(m) {
    this.metrics = m;
    this.receivedAt = Date.now();
    const at = Date.parse(m.at) || Date.now();
    const last = this.history[this.history.length - 1];
    if (!last || at - last.at >= HISTORY_STEP_MS) {
      const queues = {};
      for (const q of m.queues) queues[q.queueId] = q.metrics.contactsInQueue;
      this.history = [...this.history, { at, queues }].slice(-HISTORY_POINTS);
    }
  }

  /** Seconds since the frame arrived: ages and times tick on between frames (and while disconnected). */
  elapsed() {
    return this.receivedAt ? Math.max(0, ((this.now || Date.now()) - this.receivedAt) / 1000) : 0;
  }

  oldest(m) {
    return m.contactsInQueue > 0 ? m.oldestContactAge + this.elapsed() : null;
  }

  queues() {
    const byId = new Map();
    for (const q of this.queueList) byId.set(q.queueId, { ...q, metrics: null });
    for (const q of this.metrics?.queues || []) byId.set(q.queueId, { ...q, name: q.name ?? byId.get(q.queueId)?.name ?? q.queueId });
    return [...byId.values()].sort((a, b) => String(a.name).localeCompare(String(b.name)));
  }

  async toggleFullscreen() {
    if (this.tv) {
      this.tv = false;
      if (document.fullscreenElement) await document.exitFullscreen().catch(() => {});
      return;
    }
    this.tv = true;
    this.selected = null;
    try { await document.documentElement.requestFullscreen(); } catch (e) { /* large type all the same; Escape leaves */ }
  }

  updated(changed) {
    if (changed.has('tv')) {
      document.body.classList.toggle('tv', !!this.tv);
      Chart.defaults.font.size = this.tv ? 18 : 12;   // the charts pick it up with the next frame's update
    }
  }

  render() {
    if (!this.ready) return html``;
    if (!this.session) return noRole(this.noRoleUser);
    const m = this.metrics;
    return html`
      <cc-sup-header .user=${this.session.username} .admin=${this.session.roles.includes('admin')} page="wallboard" .connection=${this.connection} .retryIn=${this.retryIn}
        .fullscreen=${this.tv} .hint=${this.tv ? t('fullscreenHint') : ''} @fullscreen=${() => this.toggleFullscreen()}></cc-sup-header>
      <div class="layout ${this.selected ? 'with-detail' : ''}">
        <main id="wallboard">
          ${m ? '' : html`<p class="muted" id="waiting">${t('waitingForData')}</p>`}
          ${this.renderTotals(m?.center)}
          ${this.renderQueues()}
          ${this.renderCharts()}
          ${this.renderProfiles()}
          ${this.renderAgents()}
          ${m ? html`<p class="muted updated" id="updated">${t('updatedAt', { time: time(m.at) })}</p>` : ''}
        </main>
        ${this.selected ? this.renderDetail() : ''}
      </div>`;
  }

  renderTotals(c) {
    const tile = (key, label, value, cls = '') => html`<div class="tile ${cls}">
      <div class="value" data-metric=${key}>${value}</div><div class="label">${t(label)}</div></div>`;
    if (!c) return html`<section id="totals" class="tiles" aria-label=${t('center')}></section>`;
    const oldest = this.oldest(c);
    return html`<section id="totals" class="tiles" aria-label=${t('center')}>
      <h2 class="visually-hidden">${t('center')}</h2>
      ${tile('contactsInQueue', 'mContactsInQueue', number(c.contactsInQueue), c.contactsInQueue > 0 ? 'warn' : '')}
      ${tile('oldestContactAge', 'mOldestContactAge', oldest === null ? '–' : duration(oldest), oldest > 60 ? 'bad' : '')}
      ${tile('agentsOnline', 'mAgentsOnline', number(c.agentsOnline))}
      ${tile('agentsAvailable', 'mAgentsAvailable', number(c.agentsAvailable), 'ok')}
      ${tile('agentsOnContact', 'mAgentsOnContact', number(c.agentsOnContact))}
      ${tile('agentsAfterContactWork', 'mAgentsAfterContactWork', number(c.agentsAfterContactWork))}
      ${tile('serviceLevel20', 'mServiceLevel20', pct(c.serviceLevel20))}
      ${tile('contactsHandled', 'mContactsHandled', number(c.contactsHandled))}
      ${tile('contactsAbandoned', 'mContactsAbandoned', number(c.contactsAbandoned))}
      ${tile('abandonRate', 'mAbandonRate', pct(c.abandonRate))}
      ${tile('occupancy', 'mOccupancy', pct(c.occupancy))}
      ${tile('averageHandleTime', 'mAverageHandleTime', c.averageHandleTime === null ? '–' : duration(c.averageHandleTime))}
    </section>`;
  }

  renderQueues() {
    const rows = this.queues();
    const cell = (m, key, f = number, opt = false) => html`<td class="num ${opt ? 'opt' : ''}" data-metric=${key}>${m ? f(m[key]) : '–'}</td>`;
    const secs = v => v === null || v === undefined ? '–' : duration(v);
    return html`<section class="panel" aria-labelledby="queues-title">
      <h2 id="queues-title">${t('queues')}</h2>
      <table id="queues" class="grid">
        <thead><tr>
          <th scope="col">${t('queue')}</th><th scope="col" class="num">${t('mContactsInQueue')}</th>
          <th scope="col" class="num">${t('mOldestContactAge')}</th><th scope="col" class="num">${t('mAgentsOnline')}</th>
          <th scope="col" class="num">${t('mAgentsAvailable')}</th><th scope="col" class="num">${t('mAgentsOnContact')}</th>
          <th scope="col" class="num opt">${t('mAgentsAfterContactWork')}</th><th scope="col" class="num">${t('mServiceLevel20')}</th>
          <th scope="col" class="num opt">${t('mContactsHandled')}</th><th scope="col" class="num opt">${t('mContactsAbandoned')}</th>
          <th scope="col" class="num opt">${t('mAverageHandleTime')}</th>
        </tr></thead>
        <tbody>
          ${rows.length ? '' : html`<tr><td colspan="11" class="muted">${t('noQueues')}</td></tr>`}
          ${rows.map(q => {
            const m = q.metrics;
            const oldest = m ? this.oldest(m) : null;
            const sel = this.selected?.kind === 'queue' && this.selected.id === q.queueId;
            return html`<tr data-queue-id=${q.queueId} class=${sel ? 'selected' : ''} @click=${e => this.select(e, 'queue', q.queueId, q.name)}>
              <th scope="row"><button type="button" class="link" aria-label=${t('openQueue', { name: q.name })}
                aria-expanded=${sel ? 'true' : 'false'}>${q.name}</button></th>
              <td class="num ${m?.contactsInQueue > 0 ? 'warn' : ''}" data-metric="contactsInQueue">${m ? number(m.contactsInQueue) : number(0)}</td>
              <td class="num ${oldest > 60 ? 'bad' : ''}" data-metric="oldestContactAge">${oldest === null ? '–' : duration(oldest)}</td>
              ${cell(m, 'agentsOnline')}${cell(m, 'agentsAvailable')}${cell(m, 'agentsOnContact')}${cell(m, 'agentsAfterContactWork', number, true)}
              ${cell(m, 'serviceLevel20', pct)}${cell(m, 'contactsHandled', number, true)}${cell(m, 'contactsAbandoned', number, true)}
              ${cell(m, 'averageHandleTime', secs, true)}
            </tr>`;
          })}
        </tbody>
      </table>
    </section>`;
  }

  renderProfiles() {
    const rows = [...(this.metrics?.routingProfiles || [])].sort((a, b) => String(a.name).localeCompare(String(b.name)));
    return html`<section class="panel profiles" aria-labelledby="profiles-title">
      <h2 id="profiles-title">${t('routingProfiles')}</h2>
      <table id="routing-profiles" class="grid">
        <thead><tr><th scope="col">${t('routingProfile')}</th><th scope="col" class="num">${t('mAgentsOnline')}</th>
          <th scope="col" class="num">${t('mAgentsAvailable')}</th><th scope="col" class="num">${t('mAgentsOnContact')}</th>
          <th scope="col" class="num">${t('mAgentsAfterContactWork')}</th><th scope="col" class="num">${t('mOccupancy')}</th>
          <th scope="col" class="num">${t('mContactsHandled')}</th></tr></thead>
        <tbody>
          ${rows.length ? '' : html`<tr><td colspan="7" class="muted">${t('noProfiles')}</td></tr>`}
          ${rows.map(p => html`<tr data-profile-id=${p.routingProfileId}>
            <th scope="row">${p.name ?? p.routingProfileId}</th>
            <td class="num" data-metric="agentsOnline">${number(p.metrics.agentsOnline)}</td>
            <td class="num" data-metric="agentsAvailable">${number(p.metrics.agentsAvailable)}</td>
            <td class="num" data-metric="agentsOnContact">${number(p.metrics.agentsOnContact)}</td>
            <td class="num" data-metric="agentsAfterContactWork">${number(p.metrics.agentsAfterContactWork)}</td>
            <td class="num" data-metric="occupancy">${pct(p.metrics.occupancy)}</td>
            <td class="num" data-metric="contactsHandled">${number(p.metrics.contactsHandled)}</td></tr>`)}
        </tbody>
      </table>
    </section>`;
  }

  renderAgents() {
    const profiles = new Map((this.metrics?.routingProfiles || []).map(p => [p.routingProfileId, p.name]));
    const rows = [...(this.metrics?.agents || [])].sort((a, b) => String(a.username).localeCompare(String(b.username)));
    const el = this.elapsed();
    return html`<section class="panel" aria-labelledby="agents-title">
      <h2 id="agents-title">${t('agents')}</h2>
      <table id="agents" class="grid">
        <thead><tr><th scope="col">${t('agent')}</th><th scope="col">${t('status')}</th><th scope="col">${t('activity')}</th>
          <th scope="col" class="num">${t('timeInActivity')}</th><th scope="col" class="opt">${t('routingProfile')}</th>
          <th scope="col" class="num">${t('occupied')}</th><th scope="col" class="num opt">${t('contactsToday')}</th>
          <th scope="col" class="num opt">${t('mContactsHandled')}</th></tr></thead>
        <tbody>
          ${rows.length ? '' : html`<tr><td colspan="8" class="muted">${t('noAgents')}</td></tr>`}
          ${rows.map(a => {
            const name = a.username ?? a.agentId;
            const sel = this.selected?.kind === 'agent' && this.selected.id === a.agentId;
            const occ = Object.entries(a.occupied || {}).filter(([, n]) => n > 0).map(([ch, n]) => t('ch' + ch) + ' ' + number(n)).join(', ');
            return html`<tr data-agent-id=${a.agentId} class=${sel ? 'selected' : ''} @click=${e => this.select(e, 'agent', a.agentId, name)}>
              <th scope="row"><button type="button" class="link" aria-label=${t('openAgent', { name })}
                aria-expanded=${sel ? 'true' : 'false'}>${name}</button></th>
              <td data-metric="status">${a.status}</td>
              <td data-metric="activity"><span class="act act-${a.activity}">${t('act' + a.activity)}</span></td>
              <td class="num" data-metric="secondsInActivity">${duration(a.secondsInActivity + el)}</td>
              <td class="opt">${profiles.get(a.routingProfileId) ?? ''}</td>
              <td class="num" data-metric="occupied">${occ || '–'}</td>
              <td class="num opt" data-metric="contactsAnswered">${number(a.metrics?.contactsAnswered)}</td>
              <td class="num opt" data-metric="contactsHandled">${number(a.metrics?.contactsHandled)}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </section>`;
  }

  renderCharts() {
    const queues = this.queues();
    const line = {
      labels: this.history.map(h => time(h.at)),
      datasets: queues.map((q, i) => ({
        label: q.name, data: this.history.map(h => h.queues[q.queueId] ?? 0), borderColor: PALETTE[i % PALETTE.length],
        backgroundColor: PALETTE[i % PALETTE.length], pointRadius: this.history.length < 3 ? 3 : 0, tension: 0.2, borderWidth: 2
      }))
    };
    const agents = this.metrics?.agents || [];
    const counts = ACTIVITIES.map(([acts]) => agents.filter(a => acts.includes(a.activity)).length);
    const doughnut = {
      labels: ACTIVITIES.map(([, label]) => t(label)),
      datasets: [{ data: counts, backgroundColor: ACTIVITIES.map(([, , colour]) => colour) }]
    };
    const anyAgent = counts.some(n => n > 0);
    return html`<section class="charts">
      <figure class="panel chart-line" data-points=${this.history.length}>
        <figcaption>${t('chartQueueTitle')}</figcaption>
        <cc-chart id="chart-queues" type="line" .label=${t('chartQueueTitle')} .data=${line}
          .options=${{ scales: { y: { beginAtZero: true, ticks: { precision: 0 } }, x: { ticks: { maxTicksLimit: 6, maxRotation: 0 } } } }}></cc-chart>
      </figure>
      <figure class="panel chart-doughnut">
        <figcaption>${t('chartActivityTitle')}</figcaption>
        <cc-chart id="chart-activity" type="doughnut" .label=${t('chartActivityTitle')} .data=${doughnut}
          .options=${{ plugins: { legend: { position: 'bottom', labels: { boxWidth: 14 } } } }}></cc-chart>
        ${anyAgent ? '' : html`<p class="muted chart-empty">${t('chartNoAgents')}</p>`}
      </figure>
    </section>`;
  }

  select(e, kind, id, name) {
    if (this.selected?.kind === kind && this.selected.id === id && e.target.closest('button')) {
      this.selected = null;
      return;
    }
    this.selected = { kind, id, name };
  }

  /** Closes the side panel; the focus goes back to the row's button. */
  closeDetail() {
    const s = this.selected;
    if (!s) return;
    const back = this.querySelector(`tr[data-${s.kind}-id="${CSS.escape(s.id)}"] button`);
    this.selected = null;
    back?.focus();
  }

  renderDetail() {
    const s = this.selected;
    const close = () => this.closeDetail();
    return html`<aside id="detail" class="panel detail" aria-label=${s.name}>
      ${s.kind === 'queue'
        ? html`<cc-queue-detail .queueId=${s.id} .name=${s.name} @close=${close}></cc-queue-detail>`
        : html`<cc-agent-detail .agentId=${s.id} .name=${s.name} @close=${close}></cc-agent-detail>`}
    </aside>`;
  }
}
customElements.define('cc-wallboard', Wallboard);
