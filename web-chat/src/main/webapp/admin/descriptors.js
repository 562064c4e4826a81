// What the admin console shows and edits of each resource of /api/v1 (docs/API.md): its path, the other lists its
// form chooses from (refs), the list's columns, the form's fields (fields.js) and the extras of an edited one
// (extras.js). Field keys are the API's JSON names, so a violation's `field` finds its field.
import { html } from 'lit';
import { t } from '/ui/i18n.js';
import { api, zonedDateTime } from '/ui/app.js';
import { optionText } from './fields.js';
import './extras.js';

const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const CHANNELS = ['VOICE', 'CHAT'];
const nameOf = (list, id) => (list || []).find(x => x.id === id)?.name ?? (id ? id : '–');
const NAME = { key: 'name', required: true };
const DESCRIPTION = { key: 'description', kind: 'textarea', rows: 2, wide: true };
const standardQueue = q => q.type === 'STANDARD';

const hours = {
  path: 'hours-of-operation', refs: [],
  columns: [
    { label: 'f.name', value: h => h.name },
    { label: 'f.timeZone', value: h => h.timeZone },
    { label: 'c.weekly', value: h => h.config.map(r => `${optionText(r.day).slice(0, 3)} ${r.start}–${r.end}`).join(', ') },
    { label: 'c.now', value: (h, refs, extra) => statusText(extra[h.id], h.timeZone) }
  ],
  // each one's open/closed status now and its next change (GET …/status)
  enrich: async items => Object.fromEntries(await Promise.all(items.map(async h =>
    [h.id, await api(`hours-of-operation/${h.id}/status`).catch(() => null)]))),
  defaults: () => ({
    name: '', timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
    config: DAYS.slice(0, 5).map(day => ({ day, start: '09:00', end: '17:00' })), overrides: []
  }),
  fields: [NAME, DESCRIPTION,
    { key: 'timeZone', required: true, list: 'time-zones', hint: 'h.timeZone' },
    { key: 'config', kind: 'rows', addLabel: 'addRange', hint: 'h.config', fields: [
      { key: 'day', kind: 'select', options: DAYS, required: true, default: 'MONDAY' },
      { key: 'start', placeholder: 'HH:mm', default: '09:00' }, { key: 'end', placeholder: 'HH:mm', default: '17:00' }] },
    { key: 'overrides', kind: 'rows', addLabel: 'addOverride', hint: 'h.overrides', fields: [
      { key: 'name' }, { key: 'startDate', type: 'date' }, { key: 'endDate', type: 'date' },
      { key: 'type', kind: 'select', options: ['CLOSED', 'OPEN'], required: true, default: 'CLOSED' },
      { key: 'start', placeholder: 'HH:mm' }, { key: 'end', placeholder: 'HH:mm' }] }],
  extra: h => html`<cc-hours-status .hours=${h}></cc-hours-status>`
};

/** "Open · closes 17:00 Fri" / "Closed · opens …" from a status answer. */
export function statusText(s, timeZone) {
  if (!s) return '–';
  const next = s.nextChange ? t(s.open ? 'h.closesAt' : 'h.opensAt', { time: zonedDateTime(s.nextChange, timeZone) }) : t('h.noChange');
  return `${t(s.open ? 'h.open' : 'h.closed')} · ${next}`;
}

const queues = {
  path: 'queues', refs: ['hours-of-operation', 'contact-flows'], listFilter: standardQueue, intro: 'q.intro',
  columns: [
    { label: 'f.name', value: q => q.name },
    { label: 'f.hoursOfOperationId', value: (q, refs) => nameOf(refs['hours-of-operation'], q.hoursOfOperationId) },
    { label: 'f.maxContacts', value: q => q.maxContacts ?? t('noCap') },
    { label: 'f.outboundCallerIdNumber', value: q => q.outboundCallerIdNumber || '' }
  ],
  fields: [NAME, DESCRIPTION,
    { key: 'hoursOfOperationId', kind: 'ref', resource: 'hours-of-operation', required: true },
    { key: 'maxContacts', kind: 'number', min: 1, max: 100000, hint: 'q.maxContacts' },
    { key: 'outboundCallerIdName' }, { key: 'outboundCallerIdNumber', type: 'tel', placeholder: '+81355550123' },
    { key: 'outboundWhisperFlowId', kind: 'ref', resource: 'contact-flows', filter: f => f.type === 'OUTBOUND_WHISPER', hint: 'q.outboundWhisper' }]
};

const profiles = {
  path: 'routing-profiles', refs: ['queues'],
  columns: [
    { label: 'f.name', value: p => p.name },
    { label: 'f.mediaConcurrencies', value: p => p.mediaConcurrencies.map(m => `${optionText(m.channel)} ${m.concurrency}`).join(', ') },
    { label: 'f.queueConfigs', value: (p, refs) => p.queueConfigs.map(c => `${nameOf(refs.queues, c.queueId)} (${optionText(c.channel)})`).join(', ') },
    { label: 'f.defaultOutboundQueueId', value: (p, refs) => nameOf(refs.queues, p.defaultOutboundQueueId) }
  ],
  defaults: () => ({ name: '', mediaConcurrencies: [{ channel: 'VOICE', concurrency: 1, crossChannelBehavior: 'ROUTE_CURRENT_CHANNEL_ONLY' }], queueConfigs: [] }),
  fields: [NAME, DESCRIPTION,
    { key: 'mediaConcurrencies', kind: 'rows', addLabel: 'addChannel', hint: 'p.media', fields: [
      { key: 'channel', kind: 'select', options: CHANNELS, required: true, default: 'CHAT' },
      { key: 'concurrency', kind: 'number', min: 1, max: 10, default: 1 },
      { key: 'crossChannelBehavior', kind: 'select', options: ['ROUTE_CURRENT_CHANNEL_ONLY', 'ROUTE_ANY_CHANNEL'], required: true, default: 'ROUTE_CURRENT_CHANNEL_ONLY' }] },
    { key: 'queueConfigs', kind: 'rows', addLabel: 'addQueue', hint: 'p.queues', fields: [
      { key: 'queueId', kind: 'ref', resource: 'queues', filter: standardQueue, required: true },
      { key: 'channel', kind: 'select', options: CHANNELS, required: true, default: 'VOICE' },
      { key: 'priority', kind: 'number', min: 1, max: 99, default: 1 },
      { key: 'delay', kind: 'number', min: 0, max: 9999, default: 0 }] },
    { key: 'defaultOutboundQueueId', kind: 'ref', resource: 'queues', filter: standardQueue, required: true }]
};

const ROLES = ['ADMIN', 'SUPERVISOR', 'AGENT', 'ANALYST'];
const users = {
  path: 'users', refs: ['routing-profiles'],
  columns: [
    { label: 'f.username', value: u => u.username },
    { label: 'c.fullName', value: u => [u.firstName, u.lastName].filter(Boolean).join(' ') },
    { label: 'f.roles', value: u => (u.roles || []).map(optionText).join(', ') },
    { label: 'f.routingProfileId', value: (u, refs) => u.routingProfileId ? nameOf(refs['routing-profiles'], u.routingProfileId) : '' },
    { label: 'f.phoneType', value: u => [optionText(u.phoneType || ''), u.phoneEndpoint].filter(Boolean).join(' · ') }
  ],
  defaults: () => ({ roles: ['AGENT'], phoneType: 'SOFT_PHONE', afterContactWorkTimeouts: { voice: 0, chat: 0 } }),
  fields: [{ key: 'username', required: true }, { key: 'password', type: 'password', writeOnly: true, requiredWhen: creating => creating, hint: 'u.password' },
    { key: 'firstName' }, { key: 'lastName' }, { key: 'email', type: 'email' },
    { key: 'roles', kind: 'checks', options: ROLES, required: true },
    { key: 'routingProfileId', kind: 'ref', resource: 'routing-profiles', hint: 'u.profile' },
    { key: 'phoneType', kind: 'select', options: ['SOFT_PHONE', 'DESK_PHONE'], required: true },
    { key: 'phoneEndpoint', placeholder: 'PJSIP/1001', hint: 'u.endpoint' },
    { key: 'afterContactWorkTimeouts', kind: 'group', fields: [
      { key: 'voice', label: 'f.acwVoice', kind: 'number', min: 0, max: 86400 }, { key: 'chat', label: 'f.acwChat', kind: 'number', min: 0, max: 86400 }] },
    { key: 'proficiencies', kind: 'rows', addLabel: 'addProficiency', hint: 'u.proficiencies', fields: [
      { key: 'name', label: 'f.profName' }, { key: 'value', label: 'f.profValue' }, { key: 'level', kind: 'number', min: 1, max: 5, default: 3 }] }]
};

const statuses = {
  path: 'agent-statuses', refs: [], locked: s => s.type !== 'CUSTOM',
  columns: [
    { label: 'f.name', value: s => s.name }, { label: 'f.type', value: s => optionText(s.type) },
    { label: 'f.state', value: s => optionText(s.state) }, { label: 'f.displayOrder', value: s => s.displayOrder }
  ],
  defaults: () => ({ state: 'ENABLED' }),
  fields: [NAME, DESCRIPTION, { key: 'state', kind: 'select', options: ['ENABLED', 'DISABLED'], required: true },
    { key: 'displayOrder', kind: 'number', min: 1, max: 50 }]
};

const phoneNumbers = {
  path: 'phone-numbers', refs: ['contact-flows'],
  columns: [
    { label: 'f.phoneNumber', value: p => p.phoneNumber },
    { label: 'f.contactFlowId', value: (p, refs) => nameOf(refs['contact-flows'], p.contactFlowId) },
    { label: 'f.description', value: p => p.description || '' }
  ],
  fields: [{ key: 'phoneNumber', type: 'tel', required: true, placeholder: '+81312340000' }, DESCRIPTION,
    { key: 'contactFlowId', kind: 'ref', resource: 'contact-flows', filter: f => f.type === 'CONTACT_FLOW', required: true, hint: 'n.flow' }]
};

const QC_TYPES = ['QUEUE', 'USER', 'PHONE_NUMBER'];
const quickConnects = {
  path: 'quick-connects', refs: ['queues', 'users', 'contact-flows'],
  columns: [
    { label: 'f.name', value: q => q.name }, { label: 'f.type', value: q => optionText(q.type) },
    { label: 'c.target', value: (q, refs) => q.type === 'QUEUE' ? nameOf(refs.queues, q.queueId)
      : q.type === 'USER' ? (refs.users || []).find(u => u.id === q.userId)?.username ?? q.userId : q.phoneNumber }
  ],
  defaults: () => ({ type: 'QUEUE' }),
  fields: [NAME, DESCRIPTION, { key: 'type', kind: 'select', options: QC_TYPES, required: true },
    { key: 'queueId', kind: 'ref', resource: 'queues', filter: standardQueue, required: true, when: v => v.type === 'QUEUE' },
    { key: 'userId', kind: 'ref', resource: 'users', filter: u => (u.roles || []).includes('AGENT'), text: u => u.username,
      required: true, when: v => v.type === 'USER' },
    { key: 'phoneNumber', type: 'tel', placeholder: '+81312349999', required: true, when: v => v.type === 'PHONE_NUMBER' },
    { key: 'contactFlowId', kind: 'ref', resource: 'contact-flows', filter: f => f.type === 'QUEUE_TRANSFER' || f.type === 'AGENT_TRANSFER', hint: 'qc.flow' }]
};

const prompts = {
  path: 'prompts', refs: [], intro: 'pr.intro',
  columns: [
    { label: 'f.name', value: p => p.name }, { label: 'f.text', value: p => (p.text || '').length > 60 ? p.text.slice(0, 60) + '…' : p.text || '' },
    { label: 'f.audio', value: p => p.audio || '' }
  ],
  fields: [NAME, DESCRIPTION, { key: 'text', kind: 'textarea', rows: 4, wide: true, hint: 'pr.text' },
    { key: 'audio', placeholder: 'custom/welcome', hint: 'pr.audio' }],
  extra: p => html`<cc-prompt-speech .prompt=${p}></cc-prompt-speech>`
};

const functions = {
  path: 'external-functions', refs: [],
  columns: [
    { label: 'f.name', value: f => f.name }, { label: 'f.url', value: f => f.url }, { label: 'f.timeoutMillis', value: f => f.timeoutMillis },
    { label: 'c.authorizationSet', value: f => t(f.authorizationSet ? 'yes' : 'no') }
  ],
  defaults: () => ({ timeoutMillis: 3000 }),
  fields: [NAME, DESCRIPTION, { key: 'url', type: 'url', required: true, wide: true, placeholder: 'https://crm.example.com/lookup' },
    { key: 'timeoutMillis', kind: 'number', min: 1, max: 8000, required: true },
    { key: 'authorization', type: 'password', writeOnly: true, hint: v => t(v.authorizationSet ? 'fn.authSet' : 'fn.authNotSet') }],
  extra: f => html`<cc-function-test .fn=${f}></cc-function-test>`
};

const quickTables = {
  path: 'quick-tables', refs: [],
  columns: [{ label: 'f.name', value: q => q.name }, { label: 'f.description', value: q => q.description || '' }],
  fields: [NAME, DESCRIPTION],
  extra: q => html`<cc-table-items .table=${q}></cc-table-items>`
};

/** The console's resources, in the navigation's order. */
export const RESOURCES = [hours, queues, profiles, users, statuses, phoneNumbers, quickConnects, prompts, functions, quickTables];
