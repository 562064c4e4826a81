/*
 * The contact center's chat widget: one script tag, no dependencies, no CDN.
 *   <script src="https://center.example.com/chat/widget.js" data-title="Chat with us" data-flow-id="…"></script>
 * Attributes (all optional): data-title, data-flow-id (else the center's default chat flow), data-phone-number.
 * Protocol: docs/WEBSOCKETS.md (/ws/chat). Every text is shown with textContent: never interpreted as HTML.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  var base = new URL(script.src, document.baseURI);
  var origin = base.origin;
  var title = script.getAttribute('data-title') || 'Chat with us';
  var flowId = script.getAttribute('data-flow-id');
  var phoneNumber = script.getAttribute('data-phone-number');
  var KEY = 'cc-chat-token';

  var socket = null, chat = null, lastSequence = 0, ended = false, attempts = 0, pending = {}, typingSent = 0;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }

  var style = el('style');
  style.textContent =
    '.cc-launch{position:fixed;right:1rem;bottom:1rem;padding:.7rem 1.1rem;border:0;border-radius:2rem;background:#1f5fbf;color:#fff;font:600 1rem system-ui,sans-serif;cursor:pointer;z-index:99999}' +
    '.cc-panel{position:fixed;right:1rem;bottom:4.2rem;width:22rem;max-width:calc(100vw - 2rem);height:30rem;display:none;flex-direction:column;background:#fff;border:1px solid #ccd;border-radius:.6rem;box-shadow:0 .4rem 1.2rem rgba(0,0,0,.2);font:14px system-ui,sans-serif;z-index:99999}' +
    '.cc-panel.cc-open{display:flex}.cc-head{padding:.6rem .8rem;background:#1f5fbf;color:#fff;font-weight:600;border-radius:.6rem .6rem 0 0;display:flex;justify-content:space-between}' +
    '.cc-log{flex:1;overflow-y:auto;padding:.6rem;display:flex;flex-direction:column;gap:.35rem}.cc-msg{max-width:80%;padding:.4rem .6rem;border-radius:.6rem;white-space:pre-wrap;word-wrap:break-word}' +
    '.cc-CUSTOMER{align-self:flex-end;background:#1f5fbf;color:#fff}.cc-AGENT{align-self:flex-start;background:#eef}.cc-SYSTEM{align-self:center;background:#f3f3f3;color:#333;font-size:.9em}' +
    '.cc-sender{display:block;font-size:.75em;opacity:.75}.cc-options button{margin:.2rem .2rem 0 0}.cc-status{padding:0 .6rem;color:#666;font-size:.8em;min-height:1.1em}' +
    '.cc-form{display:flex;gap:.3rem;padding:.5rem;border-top:1px solid #eee}.cc-form input{flex:1;padding:.4rem}.cc-actions{display:flex;gap:.3rem;padding:0 .5rem .5rem}';
  document.head.appendChild(style);

  var launch = el('button', 'cc-launch', title);
  launch.type = 'button';
  var panel = el('div', 'cc-panel');
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', title);
  var head = el('div', 'cc-head');
  head.appendChild(el('span', null, title));
  var close = el('button', null, '\u00d7');
  close.type = 'button';
  close.setAttribute('aria-label', 'Close');
  head.appendChild(close);
  var log = el('div', 'cc-log');
  log.setAttribute('aria-live', 'polite');
  var status = el('div', 'cc-status');
  var form = el('form', 'cc-form');
  var input = el('input');
  input.name = 'text';
  input.maxLength = 1024;
  input.placeholder = 'Your name';
  input.autocomplete = 'off';
  var send = el('button', null, 'Start chat');
  send.type = 'submit';
  form.appendChild(input);
  form.appendChild(send);
  var actions = el('div', 'cc-actions');
  var callMe = el('button', 'cc-callback', 'Call me back');
  callMe.type = 'button';
  var endButton = el('button', 'cc-end', 'End chat');
  endButton.type = 'button';
  actions.appendChild(callMe);
  actions.appendChild(endButton);
  panel.appendChild(head);
  panel.appendChild(log);
  panel.appendChild(status);
  panel.appendChild(form);
  panel.appendChild(actions);
  document.body.appendChild(launch);
  document.body.appendChild(panel);
  actions.style.display = 'none';

  launch.addEventListener('click', function () {
    panel.classList.toggle('cc-open');
    sessionStorage.setItem('cc-chat-open', panel.classList.contains('cc-open') ? '1' : '');
    if (panel.classList.contains('cc-open')) { input.focus(); }
  });
  close.addEventListener('click', function () { panel.classList.remove('cc-open'); sessionStorage.setItem('cc-chat-open', ''); });

  function setStatus(text) { status.textContent = text || ''; }

  function show(m) {
    if (m.sequence && m.sequence <= lastSequence) { return; }
    lastSequence = Math.max(lastSequence, m.sequence || 0);
    var bubble = el('div', 'cc-msg cc-' + m.participant);
    bubble.setAttribute('data-sequence', m.sequence);
    if (m.participant === 'AGENT' && m.sender) { bubble.appendChild(el('span', 'cc-sender', m.sender)); }
    bubble.appendChild(document.createTextNode(m.text));
    if (m.options && m.options.length) {
      var options = el('div', 'cc-options');
      m.options.forEach(function (o) {
        var b = el('button', null, o);
        b.type = 'button';
        b.addEventListener('click', function () { sendText(o); });
        options.appendChild(b);
      });
      bubble.appendChild(options);
    }
    log.appendChild(bubble);
    log.scrollTop = log.scrollHeight;
    if (m.participant === 'AGENT' && socket && socket.readyState === 1 && document.visibilityState === 'visible') {
      socket.send(JSON.stringify({type: 'read', sequence: m.sequence}));
    }
  }

  function chatting() {
    input.placeholder = 'Type a message';
    input.value = '';
    send.textContent = 'Send';
    actions.style.display = ended ? 'none' : 'flex';
  }

  function connect(token) {
    var url = (origin.indexOf('https:') === 0 ? 'wss:' : 'ws:') + origin.substring(origin.indexOf('//')) + '/ws/chat';
    socket = new WebSocket(url);
    socket.onopen = function () {
      attempts = 0;
      socket.send(JSON.stringify({type: 'authenticate', token: token}));
    };
    socket.onmessage = function (event) {
      var f = JSON.parse(event.data);
      if (f.type === 'transcript') {
        chat = f.chat;
        ended = f.chat.state === 'ENDED';
        f.messages.forEach(show);
        chatting();
        setStatus(ended ? 'This chat has ended.' : '');
        if (ended) { offerResume(token); }
        Object.keys(pending).forEach(function (id) { socket.send(JSON.stringify(pending[id])); });
      } else if (f.type === 'message') {
        show(f.message);
      } else if (f.type === 'ack' && f.clientMessageId) {
        delete pending[f.clientMessageId];
      } else if (f.type === 'typing') {
        setStatus('The agent is typing\u2026');
        setTimeout(function () { setStatus(''); }, 3000);
      } else if (f.type === 'receipt') {
        var b = log.querySelector('[data-sequence="' + f.sequence + '"]');
        if (b) { b.title = f.kind; }
      } else if (f.type === 'ended') {
        ended = true;
        actions.style.display = 'none';
        setStatus('This chat has ended.');
        offerResume(token);
      } else if (f.type === 'error') {
        if (f.code === 'unauthenticated') { localStorage.removeItem(KEY); chat = null; setStatus('Please start a new chat.'); reset(); }
        else { setStatus(f.message); }
      }
    };
    socket.onclose = function () {
      if (!ended && chat && attempts < 10) {
        attempts++;
        setStatus('Reconnecting\u2026');
        setTimeout(function () { connect(token); }, Math.min(10000, 500 * attempts * attempts));
      }
    };
  }

  function reset() {
    input.placeholder = 'Your name';
    send.textContent = 'Start chat';
    actions.style.display = 'none';
  }

  function offerResume(token) {
    if (log.querySelector('.cc-resume')) { return; }
    var b = el('button', 'cc-resume', 'Continue this conversation');
    b.type = 'button';
    b.addEventListener('click', function () {
      b.remove();
      post('/api/v1/chats/resume', {participantToken: token}).then(begin, function (e) { setStatus(e); });
    });
    log.appendChild(b);
  }

  function post(path, body) {
    return fetch(origin + path, {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body)})
      .then(function (r) {
        return r.json().then(function (j) {
          if (!r.ok) { throw (j.violations && j.violations.length ? j.violations[0].message : j.detail || 'failed'); }
          return j;
        });
      });
  }

  function begin(started) {
    localStorage.setItem(KEY, started.participantToken);
    ended = false;
    lastSequence = 0;
    log.textContent = '';
    if (socket) { socket.onclose = null; socket.close(); }
    chat = started;
    connect(started.participantToken);
  }

  function sendText(text) {
    if (!socket || socket.readyState !== 1 || ended) { return; }
    var frame = {type: 'message', text: text, clientMessageId: 'w-' + Date.now().toString(36) + '-' + Math.random().toString(36).slice(2, 8)};
    pending[frame.clientMessageId] = frame;
    socket.send(JSON.stringify(frame));
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text) { return; }
    if (!chat) {
      var body = {displayName: text};
      if (flowId) { body.flowId = flowId; }
      if (phoneNumber) { body.phoneNumber = phoneNumber; }
      post('/api/v1/chats', body).then(begin, function (e) { setStatus(e); });
      input.value = '';
      return;
    }
    sendText(text);
    input.value = '';
  });

  input.addEventListener('input', function () {
    if (chat && socket && socket.readyState === 1 && Date.now() - typingSent > 2000) {
      typingSent = Date.now();
      socket.send(JSON.stringify({type: 'typing'}));
    }
  });

  endButton.addEventListener('click', function () {
    if (socket && socket.readyState === 1) { socket.send(JSON.stringify({type: 'end'})); }
  });

  callMe.addEventListener('click', function () {
    var number = window.prompt('Your phone number (with country code, e.g. +81312345678):');
    if (number && socket && socket.readyState === 1) {
      socket.send(JSON.stringify({type: 'callback', phoneNumber: number.trim()}));
    }
  });

  var saved = localStorage.getItem(KEY);
  if (saved) {
    chat = {};
    chatting();
    connect(saved);
    if (sessionStorage.getItem('cc-chat-open')) { panel.classList.add('cc-open'); } // a reload keeps the chat open
  }
})();
