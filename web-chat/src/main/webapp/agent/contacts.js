// The workspace's model of its contacts: what each offer, state, chat and receipt frame says, kept per contact;
// a chat's typed draft and unsent messages survive a reload (sessionStorage, this tab only).
import { api } from '/ui/app.js';
import { t } from '/ui/i18n.js';

export class Contacts {
  constructor(userId, changed) {
    this.userId = userId;
    this.changed = changed;
    this.byId = new Map();
  }

  get(id) {
    return this.byId.get(id);
  }

  list() {
    return [...this.byId.values()].sort((a, b) => a.since - b.since);
  }

  /** The contact, created from what we know (an offer's contact, or only its id) if it is new. */
  ensure(id, contact) {
    let c = this.byId.get(id);
    if (!c) {
      const saved = JSON.parse(sessionStorage.getItem(this.key(id)) || '{}');
      c = { id, since: Date.now(), messages: [], unread: 0, delivered: 0, read: 0, typingUntil: 0,
        draft: saved.draft || '', outbox: saved.outbox || [], attributes: {}, history: null };
      this.byId.set(id, c);
    }
    if (contact) {
      Object.assign(c, {
        channel: contact.channel, queueId: contact.queueId, attributes: contact.attributes || {},
        customerEndpoint: contact.customerEndpoint, initiationMethod: contact.initiationMethod, priority: contact.priority
      });
    }
    return c;
  }

  /** A reloaded page knows a contact only by id: its record says the rest (an agent may read its own contacts'). */
  async describe(c) {
    if (c.channel || c.describing) return; // asked once, however many state frames come meanwhile
    c.describing = true;
    try {
      const r = await api('contact-records/' + encodeURIComponent(c.id));
      Object.assign(c, { channel: r.Channel, queueName: r.Queue?.Name, attributes: r.Attributes || {},
        customerEndpoint: r.CustomerEndpoint?.Address, initiationMethod: r.InitiationMethod });
      if (r.Channel === 'VOICE') {
        const live = await api('contacts/' + encodeURIComponent(c.id)); // a consult or conference going on
        c.thirdParty = live.thirdPartyState ? { state: live.thirdPartyState, number: live.thirdPartyNumber } : null;
      }
    } catch (e) {
      c.channel = c.channel || 'CHAT';
    }
    this.changed();
  }

  /** The state frame: every contact's state; contacts no longer there are done (ACW over, withdrawn). */
  state(states) {
    for (const [id, state] of Object.entries(states || {})) {
      const c = this.ensure(id);
      if (state === 'AFTER_CONTACT_WORK' && c.state !== 'AFTER_CONTACT_WORK') c.acwSince = Date.now();
      if ((state === 'CONNECTED' || state === 'CONNECTED_ONHOLD') && !c.connectedSince) c.connectedSince = Date.now();
      c.state = state;
      if (!c.channel) this.describe(c);
    }
    for (const id of [...this.byId.keys()]) {
      if (!(id in (states || {}))) this.forget(id);
    }
  }

  forget(id) {
    this.byId.delete(id);
    sessionStorage.removeItem(this.key(id));
  }

  transcript(id, chat, messages) {
    const c = this.ensure(id);
    c.chat = chat;
    c.messages = [];
    for (const m of messages) this.add(c, m);
  }

  /** A stored message: once each, in sequence order. True when it is new. */
  add(c, m) {
    if (c.messages.some(x => x.sequence === m.sequence)) return false;
    c.messages.push(m);
    c.messages.sort((a, b) => a.sequence - b.sequence);
    if (m.clientMessageId) c.outbox = c.outbox.filter(o => o.clientMessageId !== m.clientMessageId);
    this.save(c);
    return true;
  }

  receipt(c, kind, sequence) {
    if (kind === 'read') c.read = Math.max(c.read, sequence);
    c.delivered = Math.max(c.delivered, sequence);
  }

  save(c) {
    sessionStorage.setItem(this.key(c.id), JSON.stringify({ draft: c.draft, outbox: c.outbox }));
  }

  key(id) {
    return 'cc.agent.' + this.userId + '.' + id;
  }
}

/** Who the customer is, as far as the contact says: the chat's display name, the lookup's name, the number. */
export function customer(c) {
  return c.chat?.displayName || c.attributes?.customerName || c.attributes?.name
    || (c.customerEndpoint && !c.customerEndpoint.startsWith('chat:') ? c.customerEndpoint : '') || t('customer');
}
