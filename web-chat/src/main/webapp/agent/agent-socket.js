// The workspace's socket (/ws/agent, docs/WEBSOCKETS.md): requests answered with ack/error in order, pushes as
// 'frame' events, reconnects with back-off (1, 2, 4, 8, 15 s) while the page lives. A 1008 close means the session
// is gone: the page goes to the sign-in page.
import { socketUrl, currentSession, sessionEnded } from '/ui/app.js';

const BACKOFF = [1000, 2000, 4000, 8000, 15000];
const ANSWERS = new Set(['ack', 'error', 'pong']);

export class AgentSocket extends EventTarget {
  constructor() {
    super();
    this.pending = [];
    this.attempt = 0;
    this.open = false;
  }

  connect() {
    const ws = new WebSocket(socketUrl('/ws/agent'));
    this.ws = ws;
    ws.onopen = () => {
      this.open = true;
      this.attempt = 0;
      this.dispatchEvent(new CustomEvent('open'));
    };
    ws.onmessage = e => {
      let frame;
      try { frame = JSON.parse(e.data); } catch (err) { return; }
      if (ANSWERS.has(frame.type)) {
        const ref = frame.type === 'pong' ? 'ping' : frame.ref;
        const i = this.pending.findIndex(p => p.type === ref);
        if (i >= 0) {
          const [p] = this.pending.splice(i, 1);
          frame.type === 'error' ? p.reject(frame) : p.resolve(frame);
          return;
        }
      }
      this.dispatchEvent(new CustomEvent('frame', { detail: frame }));
    };
    ws.onclose = async e => {
      this.open = false;
      this.pending.splice(0).forEach(p => p.reject({ code: 'disconnected', message: 'disconnected' }));
      this.dispatchEvent(new CustomEvent('close', { detail: e.code }));
      if (e.code === 1008 && !(await currentSession().catch(() => null))) {
        sessionEnded();
        return;
      }
      const wait = BACKOFF[Math.min(this.attempt++, BACKOFF.length - 1)];
      this.retryAt = Date.now() + wait;
      setTimeout(() => this.connect(), wait);
    };
  }

  /** Sends a request; resolves with its ack, rejects with its error frame (or when the socket drops). */
  request(message) {
    return new Promise((resolve, reject) => {
      if (!this.open) {
        reject({ code: 'disconnected', message: 'disconnected' });
        return;
      }
      this.pending.push({ type: message.type, resolve, reject });
      this.ws.send(JSON.stringify(message));
    });
  }

  /** Sends a signal that gets no answer (chat-typing, chat-read). */
  signal(message) {
    if (this.open) this.ws.send(JSON.stringify(message));
  }
}
