// The browser softphone: SIP.js (vendored, /vendor/sip.js) registered as the agent's PJSIP endpoint over WebSocket
// with the account GET /api/v1/softphone/account gives; the center rings it (AMI Originate) for offered calls and
// dial-outs. Microphone permission is asked when the agent turns it on; the microphone and the speaker are chosen
// from the browser's devices. Events: 'change' (state, incoming, inCall, error).
import { Web } from '/vendor/sip.js/0.21.2/lib/index.js';
import { api } from '/ui/app.js';

export class Softphone extends EventTarget {
  constructor() {
    super();
    this.state = 'off'; // off | unavailable | connecting | registered | disconnected | error
    this.incoming = false;
    this.inCall = false;
    this.muted = false;
    this.devices = { inputs: [], outputs: [] };
    this.input = localStorage.getItem('cc.softphone.input') || '';
    this.output = localStorage.getItem('cc.softphone.output') || '';
  }

  changed(extra) {
    Object.assign(this, extra || {});
    this.dispatchEvent(new CustomEvent('change'));
  }

  /** Reads the account; 'unavailable' (with the reason) when this agent has no softphone. */
  async load() {
    try {
      this.account = await api('softphone/account');
    } catch (e) {
      this.account = { enabled: false, reason: e.message };
    }
    this.changed({ state: this.account.enabled ? 'off' : 'unavailable', reason: this.account.reason });
    return this.account.enabled;
  }

  /** Asks for the microphone, then connects and registers. */
  async start(audio) {
    if (!this.account?.enabled) return;
    this.changed({ state: 'connecting', error: '' });
    try {
      const probe = await navigator.mediaDevices.getUserMedia({ audio: true, video: false });
      probe.getTracks().forEach(t => t.stop());
      await this.listDevices();
    } catch (e) {
      this.changed({ state: 'error', error: 'microphone' });
      return;
    }
    this.media = { constraints: this.constraints(), remote: { audio } };
    this.user = new Web.SimpleUser(this.account.wssUrl, {
      aor: this.account.aor,
      media: this.media,
      reconnectionAttempts: 1000,
      reconnectionDelay: 5,
      userAgentOptions: {
        authorizationUsername: this.account.username,
        authorizationPassword: this.account.password,
        displayName: this.account.displayName,
        logLevel: 'warn',
        // no STUN server: SIP.js would ask Google's public one (stun.l.google.com) from every agent's browser; on the
        // center's own network the host candidates suffice (Asterisk answers ICE itself), and an unreachable STUN
        // server would hold each answer until ICE gathering gives up
        sessionDescriptionHandlerFactoryOptions: { peerConnectionConfiguration: { iceServers: [] } }
      },
      delegate: {
        onServerConnect: () => this.changed(),
        onServerDisconnect: () => this.changed({ state: 'disconnected' }),
        onRegistered: () => this.changed({ state: 'registered' }),
        onUnregistered: () => this.changed({ state: this.state === 'off' ? 'off' : 'disconnected' }),
        onCallReceived: () => this.changed({ incoming: true }),
        onCallAnswered: () => this.changed({ incoming: false, inCall: true }),
        onCallHangup: () => this.changed({ incoming: false, inCall: false, muted: false })
      }
    });
    try {
      await this.user.connect();
      await this.user.register();
    } catch (e) {
      this.changed({ state: 'error', error: 'connect' });
    }
  }

  async stop() {
    try {
      if (this.user) {
        await this.user.unregister().catch(() => {});
        await this.user.disconnect();
      }
    } finally {
      this.user = null;
      this.changed({ state: 'off', incoming: false, inCall: false });
    }
  }

  async answer() {
    try {
      await this.user?.answer();
    } catch (e) {
      this.changed({ error: 'answer', detail: String(e?.message || e) });
    }
  }

  decline() { return this.user?.decline(); }
  hangup() { return this.user?.hangup(); }
  dtmf(tone) { return this.user?.sendDTMF(tone); }

  toggleMute() {
    if (!this.user) return;
    this.muted ? this.user.unmute() : this.user.mute();
    this.changed({ muted: !this.muted });
  }

  async listDevices() {
    const all = await navigator.mediaDevices.enumerateDevices();
    this.devices = { inputs: all.filter(d => d.kind === 'audioinput'), outputs: all.filter(d => d.kind === 'audiooutput') };
    this.changed();
  }

  /** The microphone for the next call, and the speaker at once (where the browser can choose one). */
  async choose(kind, deviceId, audio) {
    localStorage.setItem('cc.softphone.' + kind, deviceId);
    if (kind === 'input') {
      this.input = deviceId;
      if (this.media) this.media.constraints = this.constraints();
    } else {
      this.output = deviceId;
      if (audio?.setSinkId) await audio.setSinkId(deviceId).catch(() => {});
    }
    this.changed();
  }

  constraints() {
    return { audio: this.input ? { deviceId: { exact: this.input } } : true, video: false };
  }
}
