/*
 * The contact center's chat widget: one script tag, no dependencies, no CDN.
 *   <script src="https://center.example.com/chat/widget.js" data-title="Chat with us" data-lang="ja"></script>
 * Attributes (all optional; docs/WIDGET.md): data-title, data-flow-id (else the center's default chat flow),
 * data-phone-number (the entry point whose flow runs), data-lang (en, ja; else the page's lang, else the browser's),
 * data-storage (local: a chat survives reloads and tabs, the default; session: this tab only), data-keep-ended (ask,
 * never, always: whether an ended conversation stays on this device for the next visitor), data-strings (JSON that
 * overrides texts, e.g. {"title":"Help"}).
 * Protocol: docs/WEBSOCKETS.md (/ws/chat). Every text is shown with textContent: never interpreted as HTML.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  var origin = new URL(script.src, document.baseURI).origin;
  var attr = function (name) { return script.getAttribute('data-' + name); };
  var TEXTS = {
    en: {
      title: 'Chat with us', close: 'Close chat', name: 'Your name', namePlaceholder: 'Your name', start: 'Start chat',
      message: 'Message', messagePlaceholder: 'Type a message', send: 'Send', callMe: 'Call me back', end: 'End chat',
      callbackNumber: 'Your phone number', callbackPlaceholder: '090-1234-5678 or +81 90 1234 5678', callbackSend: 'Call me',
      cancel: 'Cancel', connecting: 'Connecting\u2026', connected: 'Connected.', reconnecting: 'Connection lost. Reconnecting in {0} s\u2026',
      retryNow: 'Retry now', typing: 'The agent is typing\u2026', ended: 'This chat has ended.', newChat: 'Start a new chat',
      resume: 'Continue this conversation', keep: 'Keep this conversation on this device',
      sending: 'Sending\u2026', sent: 'Sent', delivered: 'Delivered', read: 'Read', failed: 'Not sent', retry: 'Retry',
      notSentEnded: 'Not sent: the chat has ended.',
      errNetwork: 'We could not reach the chat service. Check your connection and try again.',
      errName: 'Please enter your name (up to 128 characters).', errTooMany: 'Too many chats were started from your network. Please try again in {0} s.',
      errRate: 'You are sending messages very quickly. Please wait a moment, then retry.', errTooLong: 'This message is too long.',
      errCallback: 'Please enter a phone number we can call, e.g. 090-1234-5678.', errCallbackTwice: 'A call back is already on its way.',
      errNoQueue: 'Please answer the questions first; then we can call you back.', errExpired: 'This conversation can no longer be continued. Please start a new chat.',
      errGone: 'This chat is no longer available. Please start a new chat.', errGeneric: 'Something went wrong. Please try again.'
    },
    ja: {
      title: 'チャットで問い合わせる', close: 'チャットを閉じる', name: 'お名前', namePlaceholder: 'お名前', start: 'チャットを開始',
      message: 'メッセージ', messagePlaceholder: 'メッセージを入力', send: '送信', callMe: '折り返し電話を依頼', end: 'チャットを終了',
      callbackNumber: 'お電話番号', callbackPlaceholder: '090-1234-5678', callbackSend: '電話を依頼',
      cancel: 'キャンセル', connecting: '接続しています\u2026', connected: '接続しました。', reconnecting: '接続が切れました。{0}秒後に再接続します\u2026',
      retryNow: '今すぐ再接続', typing: '担当者が入力中です\u2026', ended: 'チャットは終了しました。', newChat: '新しいチャットを開始',
      resume: 'この会話を続ける', keep: 'この端末に会話を残す',
      sending: '送信中\u2026', sent: '送信済み', delivered: '配信済み', read: '既読', failed: '未送信', retry: '再送信',
      notSentEnded: '未送信: チャットは終了しています。',
      errNetwork: 'チャットサービスに接続できませんでした。通信環境をご確認のうえ、もう一度お試しください。',
      errName: 'お名前を入力してください（128文字まで）。', errTooMany: 'お使いのネットワークから多数のチャットが開始されました。{0}秒後にもう一度お試しください。',
      errRate: '送信の間隔が短すぎます。少し待ってから再送信してください。', errTooLong: 'メッセージが長すぎます。',
      errCallback: 'おかけ直しできる電話番号を入力してください（例: 090-1234-5678）。', errCallbackTwice: '折り返しのお電話はすでに承っています。',
      errNoQueue: '先にご用件をお選びください。その後で折り返しのお電話を承ります。', errExpired: 'この会話は続けられなくなりました。新しいチャットを開始してください。',
      errGone: 'このチャットは利用できません。新しいチャットを開始してください。', errGeneric: '問題が発生しました。もう一度お試しください。'
    }
  };
  var requested = (attr('lang') || document.documentElement.lang || navigator.language || 'en').toLowerCase();
  var lang = requested.indexOf('ja') === 0 ? 'ja' : 'en';
  var strings = Object.assign({}, TEXTS[lang]);
  try { Object.assign(strings, JSON.parse(attr('strings') || '{}')); } catch (ignored) { /* bad overrides: the defaults */ }
  function t(key, value) { return String(strings[key] || TEXTS.en[key] || key).replace('{0}', value === undefined ? '' : value); }
  var title = attr('title') || t('title');
  var store = attr('storage') === 'session' ? sessionStorage : localStorage;
  var keepEnded = attr('keep-ended') || 'ask';
  var KEY = 'cc-chat-token', OUTBOX = 'cc-chat-outbox', KEPT = 'cc-chat-kept';

  var socket = null, token = null, chat = null, ended = false, attempts = 0, retryTimer = null, typingSent = 0;
  var seen = {}, outbox = [];

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }
  function button(cls, text) { var b = el('button', cls, text); b.type = 'button'; return b; }
  function field(labelText, input, id) {
    input.id = id;
    var label = el('label', 'cc-hidden', labelText);
    label.htmlFor = id;
    return label;
  }

  var style = el('style');
  style.textContent =
    '.cc-launch{position:fixed;right:1rem;bottom:1rem;padding:.7rem 1.1rem;border:0;border-radius:2rem;background:#1f5fbf;color:#fff;font:600 1rem system-ui,sans-serif;cursor:pointer;z-index:99999}' +
    '.cc-panel{position:fixed;right:1rem;bottom:4.4rem;width:22rem;max-width:calc(100vw - 2rem);height:32rem;max-height:calc(100vh - 6rem);display:none;flex-direction:column;background:#fff;border:1px solid #ccd;border-radius:.6rem;box-shadow:0 .4rem 1.2rem rgba(0,0,0,.2);font:16px system-ui,sans-serif;color:#222;z-index:99999}' +
    '.cc-panel.cc-open{display:flex}.cc-head{padding:.6rem .8rem;background:#1f5fbf;color:#fff;font-weight:600;border-radius:.6rem .6rem 0 0;display:flex;justify-content:space-between;align-items:center}' +
    '.cc-head button{background:none;border:0;color:#fff;font-size:1.3rem;cursor:pointer}.cc-log{flex:1;overflow-y:auto;padding:.6rem;display:flex;flex-direction:column;gap:.35rem;font-size:15px}' +
    '.cc-msg{max-width:80%;padding:.4rem .6rem;border-radius:.6rem;white-space:pre-wrap;overflow-wrap:anywhere}.cc-CUSTOMER{align-self:flex-end;background:#1f5fbf;color:#fff}' +
    '.cc-AGENT{align-self:flex-start;background:#eef}.cc-SYSTEM{align-self:center;background:#f3f3f3;color:#333;font-size:.9em}.cc-sender{display:block;font-size:.75em;opacity:.75}' +
    '.cc-state{display:block;font-size:.7em;opacity:.85;text-align:right}.cc-state button{font-size:1em;margin-left:.3rem}.cc-options button{margin:.25rem .25rem 0 0;font-size:15px}' +
    '.cc-status{padding:.1rem .6rem;color:#555;font-size:.8em;min-height:1.2em}.cc-status button{margin-left:.4rem}.cc-form{display:flex;gap:.3rem;padding:.5rem;border-top:1px solid #eee}' +
    '.cc-form input{flex:1;min-width:0;padding:.45rem;font-size:16px}.cc-actions,.cc-after,.cc-callback-form{display:flex;flex-wrap:wrap;gap:.3rem;padding:0 .5rem .5rem;font-size:15px}' +
    '.cc-callback-form input{flex:1;min-width:8rem;font-size:16px;padding:.35rem}.cc-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}' +
    '.cc-panel button:focus-visible,.cc-launch:focus-visible{outline:3px solid #f90;outline-offset:2px}';
  document.head.appendChild(style);

  var launch = button('cc-launch', title);
  launch.setAttribute('aria-expanded', 'false');
  launch.setAttribute('aria-controls', 'cc-panel');
  var panel = el('div', 'cc-panel');
  panel.id = 'cc-panel';
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', title);
  panel.lang = lang;
  var head = el('div', 'cc-head');
  head.appendChild(el('span', null, title));
  var close = button(null, '\u00d7');
  close.setAttribute('aria-label', t('close'));
  head.appendChild(close);
  var log = el('div', 'cc-log');
  log.setAttribute('role', 'log');
  log.setAttribute('aria-live', 'polite');
  var status = el('div', 'cc-status');
  status.setAttribute('role', 'status');
  var statusText = el('span');
  var retryNow = button('cc-retry-now', t('retryNow'));
  status.appendChild(statusText);
  status.appendChild(retryNow);
  var form = el('form', 'cc-form');
  var input = el('input');
  input.autocomplete = 'off';
  var inputLabel = field(t('name'), input, 'cc-input');
  var send = el('button', 'cc-send');
  send.type = 'submit';
  form.appendChild(inputLabel);
  form.appendChild(input);
  form.appendChild(send);
  var actions = el('div', 'cc-actions');
  var callMe = button('cc-callback', t('callMe'));
  var endButton = button('cc-end', t('end'));
  actions.appendChild(callMe);
  actions.appendChild(endButton);
  var callbackForm = el('form', 'cc-callback-form');
  var number = el('input');
  number.type = 'tel';
  number.autocomplete = 'tel';
  number.placeholder = t('callbackPlaceholder');
  callbackForm.appendChild(field(t('callbackNumber'), number, 'cc-callback-number'));
  callbackForm.appendChild(number);
  var callbackSend = el('button', null, t('callbackSend'));
  callbackSend.type = 'submit';
  callbackForm.appendChild(callbackSend);
  var callbackCancel = button(null, t('cancel'));
  callbackForm.appendChild(callbackCancel);
  var after = el('div', 'cc-after');
  var keepLabel = el('label');
  var keep = el('input');
  keep.type = 'checkbox';
  keep.className = 'cc-keep';
  keepLabel.appendChild(keep);
  keepLabel.appendChild(document.createTextNode(' ' + t('keep')));
  var resumeButton = button('cc-resume', t('resume'));
  var newChat = button('cc-new', t('newChat'));
  after.appendChild(newChat);
  after.appendChild(resumeButton);
  after.appendChild(keepLabel);
  [head, log, status, form, actions, callbackForm, after].forEach(function (part) { panel.appendChild(part); });
  document.body.appendChild(launch);
  document.body.appendChild(panel);

  function open(show) {
    panel.classList.toggle('cc-open', show);
    launch.setAttribute('aria-expanded', show ? 'true' : 'false');
    sessionStorage.setItem('cc-chat-open', show ? '1' : '');
    if (show) { input.focus(); } else { launch.focus(); }
  }
  launch.addEventListener('click', function () { open(!panel.classList.contains('cc-open')); });
  close.addEventListener('click', function () { open(false); });
  panel.addEventListener('keydown', function (e) { if (e.key === 'Escape') { open(false); } });

  function setStatus(text, offerRetry) {
    statusText.textContent = text || '';
    retryNow.style.display = offerRetry ? '' : 'none';
  }

  /** What the panel shows: 'name' (no chat), 'chat' (a live chat) or 'ended'. */
  function mode(m) {
    var naming = m === 'name';
    form.style.display = m === 'ended' ? 'none' : 'flex';
    inputLabel.textContent = naming ? t('name') : t('message');
    input.placeholder = naming ? t('namePlaceholder') : t('messagePlaceholder');
    input.maxLength = naming ? 128 : 1024;
    send.textContent = naming ? t('start') : t('send');
    actions.style.display = m === 'chat' ? 'flex' : 'none';
    callbackForm.style.display = 'none';
    after.style.display = m === 'ended' ? 'flex' : 'none';
    keepLabel.style.display = keepEnded === 'ask' ? '' : 'none';
  }

  // ------------------------------------------------------------------ messages

  function stateLine(bubble, key, retryable) {
    var line = bubble.querySelector('.cc-state');
    line.textContent = t(key);
    bubble.setAttribute('data-state', key);
    if (retryable) {
      var again = button('cc-retry', t('retry'));
      again.addEventListener('click', function () { retry(bubble.getAttribute('data-client-id')); });
      line.appendChild(again);
    }
  }

  function ownBubble(clientId, text) {
    var bubble = el('div', 'cc-msg cc-CUSTOMER');
    bubble.setAttribute('data-client-id', clientId);
    bubble.appendChild(document.createTextNode(text));
    bubble.appendChild(el('span', 'cc-state'));
    log.appendChild(bubble);
    log.scrollTop = log.scrollHeight;
    return bubble;
  }

  function show(m) {
    var key = m.chatId + ':' + m.sequence;
    if (seen[key]) { return; }
    seen[key] = true;
    var bubble = m.clientMessageId && m.participant === 'CUSTOMER' ? log.querySelector('[data-client-id="' + CSS.escape(m.clientMessageId) + '"]') : null;
    if (bubble) {
      bubble.setAttribute('data-sequence', m.sequence);
      if (bubble.getAttribute('data-state') === 'sending' || bubble.getAttribute('data-state') === 'failed') { stateLine(bubble, 'sent'); }
      return;
    }
    disableOptions();
    bubble = el('div', 'cc-msg cc-' + m.participant);
    bubble.setAttribute('data-sequence', m.sequence);
    if (m.participant === 'AGENT' && m.sender) { bubble.appendChild(el('span', 'cc-sender', m.sender)); }
    bubble.appendChild(document.createTextNode(m.text));
    if (m.participant === 'CUSTOMER') {
      if (m.clientMessageId) { bubble.setAttribute('data-client-id', m.clientMessageId); }
      bubble.appendChild(el('span', 'cc-state'));
      stateLine(bubble, 'sent');
    }
    if (m.options && m.options.length) {
      var options = el('div', 'cc-options');
      m.options.forEach(function (value, i) {
        var b = button(null, m.optionLabels && m.optionLabels[i] ? m.optionLabels[i] : value);
        b.addEventListener('click', function () { disableOptions(); say(value); });
        options.appendChild(b);
      });
      bubble.appendChild(options);
    }
    log.appendChild(bubble);
    log.scrollTop = log.scrollHeight;
    if (m.participant === 'AGENT' && live() && document.visibilityState === 'visible') {
      socket.send(JSON.stringify({type: 'read', sequence: m.sequence}));
    }
  }

  /** A question's buttons work once: answered (or overtaken by a later message), they are disabled. */
  function disableOptions() {
    log.querySelectorAll('.cc-options button').forEach(function (b) { b.disabled = true; });
  }

  function saveOutbox() { if (token) { store.setItem(OUTBOX, JSON.stringify(outbox)); } }

  /** The customer wrote: queued with its clientMessageId (kept across reloads) and sent as soon as the socket is up. */
  function say(text) {
    if (ended) { return; }
    disableOptions(); // an answer, typed or clicked, closes the question
    var frame = {type: 'message', text: text, clientMessageId: 'w-' + Date.now().toString(36) + '-' + Math.random().toString(36).slice(2, 10)};
    outbox.push(frame);
    saveOutbox();
    stateLine(ownBubble(frame.clientMessageId, text), 'sending');
    if (live()) { socket.send(JSON.stringify(frame)); }
  }

  function retry(clientId) {
    var frame = outbox.filter(function (f) { return f.clientMessageId === clientId; })[0];
    var bubble = log.querySelector('[data-client-id="' + CSS.escape(clientId) + '"]');
    if (!frame || !bubble || ended) { return; }
    frame.failed = false;
    saveOutbox();
    stateLine(bubble, 'sending');
    if (live()) { socket.send(JSON.stringify({type: 'message', text: frame.text, clientMessageId: frame.clientMessageId})); }
  }

  function acknowledged(clientId, sequence) {
    outbox = outbox.filter(function (f) { return f.clientMessageId !== clientId; });
    saveOutbox();
    var bubble = log.querySelector('[data-client-id="' + CSS.escape(clientId) + '"]');
    if (bubble && sequence) { bubble.setAttribute('data-sequence', sequence); }
    if (bubble && bubble.getAttribute('data-state') !== 'delivered' && bubble.getAttribute('data-state') !== 'read') { stateLine(bubble, 'sent'); }
  }

  function receipt(f) {
    log.querySelectorAll('.cc-CUSTOMER[data-sequence]').forEach(function (b) {
      var s = Number(b.getAttribute('data-sequence'));
      if (f.kind === 'read' ? s <= f.sequence : s === f.sequence) {
        if (f.kind === 'read' || b.getAttribute('data-state') !== 'read') { stateLine(b, f.kind === 'read' ? 'read' : 'delivered'); }
      }
    });
  }

  // ------------------------------------------------------------------ the socket

  function live() { return socket && socket.readyState === 1 && chat && chat.chatId; }

  function connect() {
    clearTimeout(retryTimer);
    if (socket) { socket.onclose = null; socket.close(); }
    setStatus(t('connecting'));
    var s = new WebSocket((origin.indexOf('https:') === 0 ? 'wss:' : 'ws:') + origin.substring(origin.indexOf('//')) + '/ws/chat');
    socket = s;
    s.onopen = function () { s.send(JSON.stringify({type: 'authenticate', token: token})); };
    s.onmessage = function (event) { frame(JSON.parse(event.data)); };
    s.onclose = function () {
      if (socket !== s || ended || !token) { return; }
      attempts++;
      var wait = Math.min(30, Math.pow(2, Math.min(attempts, 5))); // 2, 4, 8, 16, 30, 30 … s: never gives up while the chat lives
      var left = wait;
      setStatus(t('reconnecting', left), true);
      retryTimer = setInterval(function () {
        left--;
        if (left <= 0) { clearInterval(retryTimer); connect(); } else { setStatus(t('reconnecting', left), true); }
      }, 1000);
    };
  }
  retryNow.addEventListener('click', function () { clearInterval(retryTimer); attempts = 0; connect(); });

  function frame(f) {
    if (f.type === 'transcript') {
      attempts = 0;
      chat = f.chat;
      f.messages.forEach(show);
      var stored = {};
      f.messages.forEach(function (m) { if (m.clientMessageId) { stored[m.clientMessageId] = true; } });
      outbox = outbox.filter(function (o) { return !stored[o.clientMessageId]; });
      saveOutbox();
      if (f.chat.state === 'ENDED') { finished(); return; }
      mode('chat');
      setStatus(t('connected'));
      outbox.forEach(function (o) { if (!o.failed) { socket.send(JSON.stringify({type: 'message', text: o.text, clientMessageId: o.clientMessageId})); } });
    } else if (f.type === 'message') {
      show(f.message);
    } else if (f.type === 'ack' && f.ref === 'message' && f.clientMessageId) {
      acknowledged(f.clientMessageId, f.sequence);
    } else if (f.type === 'ack' && f.ref === 'callback') {
      callbackForm.style.display = 'none';
      actions.style.display = 'flex';
    } else if (f.type === 'typing') {
      setStatus(t('typing'));
      setTimeout(function () { if (statusText.textContent === t('typing')) { setStatus(''); } }, 3000);
    } else if (f.type === 'receipt') {
      receipt(f);
    } else if (f.type === 'ended') {
      finished();
    } else if (f.type === 'error') {
      refused(f);
    }
  }

  function refused(f) {
    if (f.code === 'unauthenticated') { forget(); setStatus(t('errGone')); mode('name'); return; }
    if (f.ref === 'message' && f.clientMessageId) {
      outbox.forEach(function (o) { if (o.clientMessageId === f.clientMessageId) { o.failed = true; } });
      saveOutbox();
      var bubble = log.querySelector('[data-client-id="' + CSS.escape(f.clientMessageId) + '"]');
      if (bubble) { stateLine(bubble, 'failed', true); }
      setStatus(f.code === 'rate-limited' ? t('errRate') : f.field === 'text' ? t('errTooLong') : t('errGeneric'));
    } else if (f.ref === 'callback') {
      setStatus(f.code === 'invalid' ? t('errCallback') : /already/.test(f.message) ? t('errCallbackTwice') : /queue/.test(f.message) ? t('errNoQueue') : t('errGeneric'));
    } else {
      setStatus(t('errGeneric'));
    }
  }

  /** The chat ended: no input any more; unsent messages say so; the conversation stays only if the customer keeps it. */
  function finished() {
    ended = true;
    outbox.forEach(function (o) {
      var bubble = log.querySelector('[data-client-id="' + CSS.escape(o.clientMessageId) + '"]');
      if (bubble) { bubble.querySelector('.cc-state').textContent = t('notSentEnded'); }
    });
    outbox = [];
    store.removeItem(OUTBOX);
    disableOptions();
    mode('ended');
    setStatus(t('ended'));
    keep.checked = keepEnded === 'always' || store.getItem(KEPT) === '1';
    keepChoice();
  }

  function keepChoice() {
    if (keep.checked && keepEnded !== 'never') {
      store.setItem(KEY, token);
      store.setItem(KEPT, '1');
    } else {
      store.removeItem(KEY);
      store.removeItem(KEPT);
    }
  }
  keep.addEventListener('change', keepChoice);

  function forget() {
    if (socket) { socket.onclose = null; socket.close(); socket = null; }
    clearInterval(retryTimer);
    token = null; chat = null; ended = false; outbox = []; seen = {};
    [KEY, OUTBOX, KEPT].forEach(function (k) { store.removeItem(k); });
  }

  function begin(started) {
    forget();
    token = started.participantToken;
    chat = started;
    store.setItem(KEY, token);
    log.textContent = '';
    mode('chat');
    connect();
  }

  newChat.addEventListener('click', function () { forget(); log.textContent = ''; setStatus(''); mode('name'); input.focus(); });
  resumeButton.addEventListener('click', function () {
    post('/api/v1/chats/resume', {participantToken: token}).then(begin, function (e) { // the new transcript holds the past sessions too
      setStatus(e.status === 409 ? t('errExpired') : e.message);
      if (e.status === 409 || e.status === 404) { forget(); mode('name'); }
    });
  });

  // ------------------------------------------------------------------ REST

  function post(path, body) {
    return fetch(origin + path, {method: 'POST', headers: {'Content-Type': 'application/json', 'Accept': 'application/json'}, body: JSON.stringify(body)})
      .then(function (r) {
        return r.json().catch(function () { return {}; }).then(function (j) {
          if (r.ok) { return j; }
          var error = new Error(r.status === 429 ? t('errTooMany', r.headers.get('Retry-After') || 60)
            : (j.violations || []).some(function (v) { return v.field === 'displayName'; }) ? t('errName') : t('errGeneric'));
          error.status = r.status;
          throw error;
        });
      }, function () { var e = new Error(t('errNetwork')); e.status = 0; throw e; });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text) { return; }
    if (!token) {
      var body = {displayName: text, language: lang};
      if (attr('flow-id')) { body.flowId = attr('flow-id'); }
      if (attr('phone-number')) { body.phoneNumber = attr('phone-number'); }
      send.disabled = true;
      post('/api/v1/chats', body).then(function (started) { input.value = ''; begin(started); }, function (e) { setStatus(e.message); })
        .then(function () { send.disabled = false; });
      return; // the name stays in the box until the chat has started
    }
    say(text);
    input.value = '';
  });

  input.addEventListener('input', function () {
    if (live() && !ended && Date.now() - typingSent > 2000) {
      typingSent = Date.now();
      socket.send(JSON.stringify({type: 'typing'}));
    }
  });
  endButton.addEventListener('click', function () { if (live()) { socket.send(JSON.stringify({type: 'end'})); } });
  callMe.addEventListener('click', function () { actions.style.display = 'none'; callbackForm.style.display = 'flex'; number.focus(); });
  callbackCancel.addEventListener('click', function () { callbackForm.style.display = 'none'; actions.style.display = 'flex'; });
  callbackForm.addEventListener('submit', function (event) {
    event.preventDefault();
    if (number.value.trim() && live()) { socket.send(JSON.stringify({type: 'callback', phoneNumber: number.value.trim()})); }
  });

  mode('name');
  setStatus('');
  var saved = store.getItem(KEY);
  if (saved) {
    token = saved;
    chat = {};
    try { outbox = JSON.parse(store.getItem(OUTBOX) || '[]'); } catch (ignored) { outbox = []; }
    outbox.forEach(function (o) { stateLine(ownBubble(o.clientMessageId, o.text), 'sending'); });
    mode('chat');
    connect();
  }
  if (sessionStorage.getItem('cc-chat-open')) { panel.classList.add('cc-open'); launch.setAttribute('aria-expanded', 'true'); } // a reload keeps it open
})();
