// The flow drawn as Amazon Connect's designer draws it: blocks as boxes with a row per branch (conditions, Success,
// errors) and an arrow from each connected branch to its target; the entry point's arrow to StartAction. Wheel
// zooms at the pointer, dragging the background pans, dragging a block moves it ('move' event: the page writes the
// position into Metadata.ActionMetadata); buttons zoom for the keyboard; a focused block moves with the arrow keys.
import { LitElement, html, svg } from 'lit';
import { t } from '/ui/i18n.js';
import { actions, blockName, branches, branchTaken, layout, bounds, BOX_W, HEAD_H, ROW_H, boxHeight } from './graph.js';

class FlowCanvas extends LitElement {
  static properties = {
    doc: { attribute: false }, types: { attribute: false }, problems: { attribute: false }, selected: {},
    path: { attribute: false }, revision: { type: Number }
  };

  createRenderRoot() {
    return this;
  }

  constructor() {
    super();
    this.view = null;           // {x, y, s}: translate then scale
    this.drag = null;
  }

  /** Fits the whole flow into the view; readable = no smaller than 60 %, from the top left (the first view). */
  fit(readable = false) {
    const svgEl = this.querySelector('svg');
    const w = svgEl?.clientWidth || 900, h = (svgEl?.clientHeight || 600) - 40;
    const b = bounds(this.doc, this.types, this.positions());
    let s = Math.min(1.2, Math.max(0.15, Math.min(w / b.w, h / b.h)));
    if (readable) s = Math.min(1, Math.max(0.6, s));
    this.view = { s, x: readable ? 10 - b.x * s : (w - b.w * s) / 2 - b.x * s, y: 44 - b.y * s };
    this.requestUpdate();
  }

  /** Brings a block to the middle of the view (keeping the zoom). */
  center(id) {
    const p = this.positions().get(id);
    const svgEl = this.querySelector('svg');
    if (!p || !svgEl) return;
    const v = this.view || { x: 0, y: 0, s: 1 };
    this.view = { s: v.s, x: svgEl.clientWidth / 2 - (p.x + BOX_W / 2) * v.s, y: svgEl.clientHeight / 2 - (p.y + HEAD_H) * v.s };
    this.requestUpdate();
  }

  zoom(factor, cx, cy) {
    const v = this.view || { x: 0, y: 0, s: 1 };
    const svgEl = this.querySelector('svg');
    if (cx === undefined) { cx = (svgEl?.clientWidth || 900) / 2; cy = (svgEl?.clientHeight || 600) / 2; }
    const s = Math.min(3, Math.max(0.15, v.s * factor));
    this.view = { s, x: cx - (cx - v.x) * (s / v.s), y: cy - (cy - v.y) * (s / v.s) };
    this.requestUpdate();
  }

  pan(dx, dy) {
    const v = this.view || { x: 0, y: 0, s: 1 };
    this.view = { ...v, x: v.x + dx, y: v.y + dy };
    this.requestUpdate();
  }

  positions() {
    const pos = layout(this.doc, this.types);
    if (this.drag?.moved) pos.set(this.drag.id, { x: this.drag.x, y: this.drag.y });
    return pos;
  }

  firstUpdated() {
    this.fit(true);
  }

  emit(name, detail) {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true }));
  }

  onWheel(e) {
    e.preventDefault();
    const r = this.querySelector('svg').getBoundingClientRect();
    this.zoom(e.deltaY < 0 ? 1.15 : 1 / 1.15, e.clientX - r.left, e.clientY - r.top);
  }

  onDown(e, id) {
    if (e.button !== 0) return;
    e.stopPropagation();
    const pos = this.positions();
    const p = id ? pos.get(id) : null;
    this.drag = { id, startX: e.clientX, startY: e.clientY, ox: p?.x, oy: p?.y, view: { ...(this.view || { x: 0, y: 0, s: 1 }) }, moved: false };
    this.querySelector('svg').setPointerCapture(e.pointerId);
  }

  onMove(e) {
    const d = this.drag;
    if (!d) return;
    const dx = e.clientX - d.startX, dy = e.clientY - d.startY;
    if (!d.moved && Math.abs(dx) + Math.abs(dy) < 4) return;
    if (d.id) {
      d.moved = true;
      d.x = d.ox + dx / d.view.s;
      d.y = d.oy + dy / d.view.s;
    } else {
      d.panned = true;
      this.view = { ...d.view, x: d.view.x + dx, y: d.view.y + dy };
    }
    this.requestUpdate();
  }

  onUp() {
    const d = this.drag;
    this.drag = null;
    if (!d) return;
    if (d.id && d.moved) this.emit('move', { id: d.id, x: d.x, y: d.y });
    else if (d.id) this.emit('select', { id: d.id });
    else if (!d.panned) this.emit('select', { id: null });
    this.requestUpdate();
  }

  onKey(e, id) {
    const steps = { ArrowLeft: [-20, 0], ArrowRight: [20, 0], ArrowUp: [0, -20], ArrowDown: [0, 20] };
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.emit('select', { id });
    } else if (steps[e.key] && this.selected === id) {
      e.preventDefault();
      const p = this.positions().get(id);
      this.emit('move', { id, x: p.x + steps[e.key][0], y: p.y + steps[e.key][1] });
    }
  }

  render() {
    const list = actions(this.doc);
    const pos = this.positions();
    const v = this.view || { x: 0, y: 0, s: 1 };
    const path = this.path || [];
    const onPath = new Set(path.map(p => p.id));
    const edges = [];
    for (const a of list) {
      const p = pos.get(a.Identifier);
      branches(a, this.types?.get(a.Type)).forEach((b, i) => {
        const q = b.target && pos.get(b.target);
        if (!q) return;
        const sx = p.x + BOX_W, sy = p.y + HEAD_H + i * ROW_H + ROW_H / 2, ex = q.x, ey = q.y + 18;
        const bend = Math.max(40, Math.abs(ex - sx) / 2);
        edges.push(svg`<path class="edge ${b.kind} ${branchTaken(path, a.Identifier, b) ? 'on-path' : ''}"
          data-from=${a.Identifier} data-to=${b.target} d="M${sx} ${sy} C${sx + bend} ${sy} ${ex - bend} ${ey} ${ex} ${ey}"
          marker-end="url(#arrow)"></path>`);
      });
    }
    const start = pos.get(this.doc?.StartAction);
    return html`<div class="canvas-tools" role="toolbar" aria-label=${t('fdZoomTools')}>
        <button type="button" id="zoom-in" @click=${() => this.zoom(1.25)} aria-label=${t('fdZoomIn')}>+</button>
        <button type="button" id="zoom-out" @click=${() => this.zoom(0.8)} aria-label=${t('fdZoomOut')}>−</button>
        <button type="button" id="zoom-fit" @click=${() => this.fit()}>${t('fdFit')}</button>
        ${[['←', 120, 0, 'fdPanLeft'], ['→', -120, 0, 'fdPanRight'], ['↑', 0, 120, 'fdPanUp'], ['↓', 0, -120, 'fdPanDown']].map(([s, dx, dy, k]) =>
          html`<button type="button" class="pan" @click=${() => this.pan(dx, dy)} aria-label=${t(k)}>${s}</button>`)}
        <span class="muted zoom-level" id="zoom-level">${Math.round(v.s * 100)}%</span>
      </div>
      <svg id="flow-svg" role="group" aria-label=${t('fdGraph')} data-scale=${v.s.toFixed(3)}
        @wheel=${e => this.onWheel(e)} @pointerdown=${e => this.onDown(e, null)} @pointermove=${e => this.onMove(e)}
        @pointerup=${() => this.onUp()} @pointercancel=${() => this.onUp()}>
        <defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="9" markerHeight="9" orient="auto-start-reverse">
          <path d="M0 0 L10 5 L0 10 z" class="arrow-head"></path></marker></defs>
        <g transform="translate(${v.x} ${v.y}) scale(${v.s})">
          ${start ? svg`<g class="entry"><rect x=${start.x - 120} y=${start.y + 4} width="74" height="28" rx="14"></rect>
            <text x=${start.x - 83} y=${start.y + 23} text-anchor="middle">${t('fdEntry')}</text>
            <path class="edge" d="M${start.x - 46} ${start.y + 18} L${start.x} ${start.y + 18}" marker-end="url(#arrow)"></path></g>` : ''}
          ${edges}
          ${list.map(a => this.box(a, pos.get(a.Identifier), onPath.has(a.Identifier)))}
        </g>
      </svg>`;
  }

  box(a, p, onPath) {
    const type = this.types?.get(a.Type);
    const bs = branches(a, type);
    const problems = this.problems?.get(a.Identifier) || [];
    const h = boxHeight(bs.length);
    const cls = ['block', this.selected === a.Identifier ? 'selected' : '', problems.length ? 'invalid' : '', onPath ? 'on-path' : ''].join(' ');
    const label = blockName(t, a.Type, type) + ' ' + a.Identifier + (problems.length ? ' · ' + t('fdProblemsN', { n: problems.length }) : '');
    return svg`<g class=${cls} data-id=${a.Identifier} data-x=${Math.round(p.x)} data-y=${Math.round(p.y)} tabindex="0" role="button"
        aria-label=${label} aria-pressed=${this.selected === a.Identifier ? 'true' : 'false'}
        transform="translate(${p.x} ${p.y})" @pointerdown=${e => this.onDown(e, a.Identifier)} @keydown=${e => this.onKey(e, a.Identifier)}>
      <rect class="frame" width=${BOX_W} height=${h} rx="6"></rect>
      <rect class="head" width=${BOX_W} height="22" rx="6"></rect>
      <text class="type" x="8" y="15">${clip(blockName(t, a.Type, type), 30)}</text>
      <text class="ident" x="8" y="37">${clip(a.Identifier, 32)}</text>
      ${problems.length ? svg`<g class="badge"><circle cx=${BOX_W - 12} cy="11" r="9"></circle>
        <text x=${BOX_W - 12} y="15" text-anchor="middle">${problems.length}</text></g>` : ''}
      ${bs.map((b, i) => svg`<g class="branch ${b.kind} ${b.target ? '' : 'open'}" data-branch=${b.kind + ':' + b.index}>
        <text x=${BOX_W - 14} y=${HEAD_H + i * ROW_H + 15} text-anchor="end">${clip(b.kind === 'next' ? t('fdSuccess') : b.label, 28)}</text>
        <circle cx=${BOX_W} cy=${HEAD_H + i * ROW_H + ROW_H / 2} r="5"></circle></g>`)}
    </g>`;
  }
}
customElements.define('cc-flow-canvas', FlowCanvas);

function clip(s, n) {
  s = String(s ?? '');
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}
