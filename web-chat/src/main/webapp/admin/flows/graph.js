// The flow designer's plain logic, without the DOM: a flow document's branches, the boxes' sizes and positions
// (Connect's Metadata.ActionMetadata[id].position, else a layered layout from StartAction), JSON pointers of
// validation problems → blocks, dotted parameter paths, and a line diff of two documents.

export const BOX_W = 210;
export const HEAD_H = 44;
export const ROW_H = 22;
const GAP_X = 90;
const GAP_Y = 28;
const ORIGIN = { x: 140, y: 40 };

/** The actions of a document (an array, whatever the document holds). */
export function actions(doc) {
  return Array.isArray(doc?.Actions) ? doc.Actions.filter(a => a && typeof a === 'object') : [];
}

/**
 * Every branch of an action, in Connect's order: conditions, NextAction (Success), errors; each
 * {kind: 'condition'|'next'|'error', index, label, target}. Blocks without a NextAction key but whose type continues
 * still show the Success branch (unconnected), as the designer needs a handle to connect it.
 */
export function branches(action, type) {
  const tr = action.Transitions && typeof action.Transitions === 'object' ? action.Transitions : {};
  const out = [];
  (Array.isArray(tr.Conditions) ? tr.Conditions : []).forEach((c, index) => {
    const cond = c?.Condition || {};
    const operands = Array.isArray(cond.Operands) ? cond.Operands.join(', ') : '';
    out.push({ kind: 'condition', index, label: opSymbol(cond.Operator) + ' ' + operands, target: c?.NextAction || '' });
  });
  if (tr.NextAction !== undefined || type?.next) {
    out.push({ kind: 'next', index: 0, label: 'Success', target: tr.NextAction || '' });
  }
  const errors = Array.isArray(tr.Errors) ? tr.Errors : [];
  const names = [...(type?.errors || [])];
  errors.forEach(e => { if (e?.ErrorType && !names.includes(e.ErrorType)) names.push(e.ErrorType); });
  names.forEach((name, index) => {
    const e = errors.find(x => x?.ErrorType === name);
    out.push({ kind: 'error', index, name, label: name, target: e?.NextAction || '' });
  });
  return out;
}

const SYMBOLS = { Equals: '=', NumberGreaterThan: '>', NumberLessThan: '<', NumberGreaterOrEqualTo: '≥', NumberLessOrEqualTo: '≤',
  TextStartsWith: 'starts', TextEndsWith: 'ends', TextContains: 'contains' };

export function opSymbol(op) {
  return SYMBOLS[op] || op || '?';
}

/** A box's height for its number of branches. */
export function boxHeight(n) {
  return HEAD_H + Math.max(n, 0) * ROW_H + 6;
}

/** The stored position of a block, or null. */
export function storedPosition(doc, id) {
  const p = doc?.Metadata?.ActionMetadata?.[id]?.position;
  return p && Number.isFinite(+p.x) && Number.isFinite(+p.y) ? { x: +p.x, y: +p.y } : null;
}

/** Stores a block's position in the document's metadata (Connect's export shape). */
export function setPosition(doc, id, x, y) {
  if (!doc.Metadata || typeof doc.Metadata !== 'object') doc.Metadata = {};
  if (!doc.Metadata.ActionMetadata || typeof doc.Metadata.ActionMetadata !== 'object') doc.Metadata.ActionMetadata = {};
  const meta = doc.Metadata.ActionMetadata[id] && typeof doc.Metadata.ActionMetadata[id] === 'object' ? doc.Metadata.ActionMetadata[id] : {};
  meta.position = { x: Math.round(x), y: Math.round(y) };
  doc.Metadata.ActionMetadata[id] = meta;
}

/**
 * Positions of every block: stored ones as they are; the others in layers by their distance from StartAction
 * (breadth first; unreachable blocks in a last column), each column stacked top to bottom.
 */
export function layout(doc, types) {
  const list = actions(doc);
  const byId = new Map(list.map(a => [a.Identifier, a]));
  const depth = new Map();
  const queue = [];
  if (byId.has(doc?.StartAction)) { depth.set(doc.StartAction, 0); queue.push(doc.StartAction); }
  while (queue.length) {
    const id = queue.shift();
    for (const b of branches(byId.get(id), types?.get(byId.get(id).Type))) {
      if (b.target && byId.has(b.target) && !depth.has(b.target)) { depth.set(b.target, depth.get(id) + 1); queue.push(b.target); }
    }
  }
  const last = Math.max(-1, ...depth.values()) + 1;
  const columns = new Map();
  const pos = new Map();
  for (const a of list) {
    const stored = storedPosition(doc, a.Identifier);
    if (stored) { pos.set(a.Identifier, stored); continue; }
    const col = depth.has(a.Identifier) ? depth.get(a.Identifier) : last;
    const y = columns.get(col) ?? ORIGIN.y;
    pos.set(a.Identifier, { x: ORIGIN.x + col * (BOX_W + GAP_X), y });
    columns.set(col, y + boxHeight(branches(a, types?.get(a.Type)).length) + GAP_Y);
  }
  return pos;
}

/** The bounding box of the positioned blocks. */
export function bounds(doc, types, pos) {
  let minX = 0, minY = 0, maxX = 400, maxY = 300;
  let first = true;
  for (const a of actions(doc)) {
    const p = pos.get(a.Identifier);
    if (!p) continue;
    const h = boxHeight(branches(a, types?.get(a.Type)).length);
    if (first) { minX = p.x; minY = p.y; maxX = p.x + BOX_W; maxY = p.y + h; first = false; }
    minX = Math.min(minX, p.x); minY = Math.min(minY, p.y); maxX = Math.max(maxX, p.x + BOX_W); maxY = Math.max(maxY, p.y + h);
  }
  return { x: minX - 130, y: minY - 30, w: maxX - minX + 170, h: maxY - minY + 60 };
}

/**
 * The block a validation pointer is about: "/Actions/3/Parameters/Text" (or "/content/Actions/3/…" from a 400)
 * → {index: 3, id, rest: "/Parameters/Text"}; other pointers (/StartAction) → {index: -1, id: null, rest}.
 */
export function pointerBlock(doc, pointer) {
  const p = String(pointer || '').replace(/^\/content(?=\/|$)/, '');
  const m = /^\/Actions\/(\d+)(\/.*)?$/.exec(p);
  if (!m) return { index: -1, id: null, rest: p };
  const a = Array.isArray(doc?.Actions) ? doc.Actions[+m[1]] : null;
  return { index: +m[1], id: a?.Identifier ?? null, rest: m[2] || '' };
}

function unescapePointer(s) {
  return s.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** A pointer's parameter path: "/Parameters/EventHooks/CustomerQueue" → "EventHooks.CustomerQueue", else null. */
export function pointerParameter(rest) {
  const m = /^\/Parameters\/(.+)$/.exec(rest || '');
  return m ? m[1].split('/').map(unescapePointer).join('.') : null;
}

/** Parameters as dotted paths to their leaf values ({Attributes: {a: 'x'}} → {'Attributes.a': 'x'}). */
export function flatten(value, prefix = '', out = {}) {
  if (value && typeof value === 'object') {
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v]) : Object.entries(value);
    if (!entries.length && prefix) out[prefix] = Array.isArray(value) ? [] : {};
    for (const [k, v] of entries) flatten(v, prefix ? prefix + '.' + k : k, out);
  } else if (prefix) {
    out[prefix] = value;
  }
  return out;
}

/** The value at a dotted path, or undefined. */
export function getPath(obj, path) {
  let cur = obj;
  for (const k of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = cur[k];
  }
  return cur;
}

/** Sets (or with undefined removes, pruning emptied objects) the value at a dotted path; arrays stay arrays. */
export function setPath(obj, path, value) {
  const keys = path.split('.');
  const chain = [obj];
  let cur = obj;
  for (const k of keys.slice(0, -1)) {
    if (cur[k] === null || typeof cur[k] !== 'object') {
      if (value === undefined) return;
      cur[k] = {};
    }
    cur = cur[k];
    chain.push(cur);
  }
  const lastKey = keys[keys.length - 1];
  if (value !== undefined) { cur[lastKey] = value; return; }
  if (Array.isArray(cur)) cur.splice(+lastKey, 1); else delete cur[lastKey];
  for (let i = keys.length - 2; i >= 0; i--) {
    const c = chain[i + 1];
    if (Array.isArray(c) || Object.keys(c).length) break;
    delete chain[i][keys[i]];
  }
}

/** A fresh identifier for a new block of a type. */
export function newIdentifier(doc, type) {
  const base = type.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
  const ids = new Set(actions(doc).map(a => a.Identifier));
  let n = 1;
  while (ids.has(base + '-' + n)) n++;
  return base + '-' + n;
}

/**
 * A side-by-side line diff (longest common subsequence): rows {left, right, changed} where left/right are
 * {n, text} or null (a line only on one side); within a changed stretch the old and new lines face each other.
 */
export function diffLines(a, b) {
  const x = a.split('\n'), y = b.split('\n');
  const n = x.length, m = y.length;
  const w = m + 1;
  const len = new Uint32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      len[i * w + j] = x[i] === y[j] ? len[(i + 1) * w + j + 1] + 1 : Math.max(len[(i + 1) * w + j], len[i * w + j + 1]);
    }
  }
  const rows = [];
  let i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && x[i] === y[j]) { rows.push({ left: { n: i + 1, text: x[i] }, right: { n: j + 1, text: y[j] }, changed: false }); i++; j++; }
    else if (j < m && (i >= n || len[i * w + j + 1] >= len[(i + 1) * w + j])) { rows.push({ left: null, right: { n: j + 1, text: y[j] }, changed: true }); j++; }
    else { rows.push({ left: { n: i + 1, text: x[i] }, right: null, changed: true }); i++; }
  }
  return pairChanges(rows);
}

function pairChanges(rows) {
  const out = [];
  for (let k = 0; k < rows.length;) {
    if (!rows[k].changed) { out.push(rows[k++]); continue; }
    const lefts = [], rights = [];
    for (; k < rows.length && rows[k].changed; k++) {
      if (rows[k].left) lefts.push(rows[k].left);
      if (rows[k].right) rights.push(rows[k].right);
    }
    for (let p = 0; p < Math.max(lefts.length, rights.length); p++) out.push({ left: lefts[p] || null, right: rights[p] || null, changed: true });
  }
  return out;
}

/**
 * The blocks a run went through in this flow, in order, from its flow log: "<instant> <identifier> <Type>" per block
 * run (while logging is on), "<instant> enters flow <name> (version n)" when the run moves to a flow (queue,
 * whisper, disconnect flows: their blocks are not this flow's).
 */
export function pathFromLog(log, doc, flowName) {
  const types = new Map(actions(doc).map(a => [a.Identifier, a.Type]));
  const path = [];
  let inFlow = true;
  for (const entry of log || []) {
    const enters = /^\S+ enters flow (.*) \(version \d+\)$/.exec(String(entry));
    if (enters) { inFlow = flowName === undefined || enters[1] === flowName; continue; }
    const error = /^\S+ (\S+) took error (\S+)$/.exec(String(entry));
    if (inFlow && error && path.length && path[path.length - 1].id === error[1]) { path[path.length - 1].error = error[2]; continue; }
    const m = /^\S+ (\S+) ([A-Za-z]+)$/.exec(String(entry));
    if (inFlow && m && types.get(m[1]) === m[2]) path.push({ id: m[1], error: null });
  }
  return path;
}

/** Whether a branch of a block on the path is the one taken to the next block (an error branch when the log says so). */
export function branchTaken(path, id, branch) {
  for (let i = 0; i + 1 < path.length; i++) {
    if (path[i].id !== id || path[i + 1].id !== branch.target) continue;
    if (path[i].error ? branch.kind === 'error' && branch.name === path[i].error : branch.kind !== 'error') return true;
  }
  return false;
}

/** A block type's name in the page's language (flows.<lang>.json block_<Type>), else the catalogue's, else the type. */
export function blockName(t, type, entry) {
  const key = 'block_' + type;
  const s = t(key);
  return s !== key ? s : entry?.block || type;
}

/** A block type's description in the page's language (desc_<Type>), else the catalogue's. */
export function blockDescription(t, type, entry) {
  const key = 'desc_' + type;
  const s = t(key);
  return s !== key ? s : entry?.description || '';
}
