// Shared by the browser pages: the session (cookie + CSRF token), REST calls, socket addresses, formatting.
// Every call marks itself X-Requested-With, so a 401 comes without a Basic challenge (no browser password dialog).
import { t, lang } from './i18n.js';

let session = null;

/** The signed-in user ({username, userId, roles, csrfToken, idleTimeoutSeconds}) or null. */
export async function currentSession() {
  const res = await fetch('/api/v1/session', { headers: { 'X-Requested-With': 'cc-ui', Accept: 'application/json' }, cache: 'no-store' });
  session = res.ok ? await res.json() : null;
  return session;
}

/**
 * The page's user, who must have one of the roles: otherwise to the sign-in page (no session) or null (signed in
 * without the role: the page says so).
 */
export async function requireSession(...roles) {
  const s = await currentSession();
  if (!s) {
    location.assign('/signin/?next=' + encodeURIComponent(location.pathname + location.search));
    return new Promise(() => {});
  }
  return roles.some(r => s.roles.includes(r)) ? s : null;
}

/** An API error: the problem+json's status, title, detail and violations. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || ('HTTP ' + status));
    this.status = status;
    this.problem = problem || {};
  }
}

/**
 * A REST call under /api/v1; JSON in and out (a text body with contentType 'text/plain'); throws ApiError (401: the
 * session has ended → sign-in page).
 */
export async function api(path, { method = 'GET', body, accept = 'application/json', contentType = 'application/json' } = {}) {
  const headers = { 'X-Requested-With': 'cc-ui', Accept: accept };
  if (body !== undefined) headers['Content-Type'] = contentType;
  if (method !== 'GET' && session?.csrfToken) headers['X-CSRF-Token'] = session.csrfToken;
  const payload = body === undefined ? undefined : contentType === 'application/json' ? JSON.stringify(body) : body;
  const res = await fetch('/api/v1/' + path, { method, headers, body: payload, cache: 'no-store' });
  if (res.status === 401 && path !== 'session') {
    sessionEnded();
  }
  const type = res.headers.get('Content-Type') || '';
  const data = res.status === 204 ? null : type.includes('json') ? await res.json() : await res.text();
  if (!res.ok) throw new ApiError(res.status, typeof data === 'object' ? data : { detail: data });
  return data;
}

/** The session is over (expired, signed out elsewhere): to the sign-in page, which says why. */
export function sessionEnded() {
  location.assign('/signin/?expired=1&next=' + encodeURIComponent(location.pathname + location.search));
}

export async function signOut() {
  try { await api('session', { method: 'DELETE' }); } catch (e) { /* gone already */ }
  location.assign('/signin/?signedOut=1');
}

/** ws:// or wss:// address of one of the center's sockets (the cookie goes with the handshake). */
export function socketUrl(path) {
  return (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + path;
}

/** A time of day in the page's language. */
export function time(instant) {
  return instant ? new Intl.DateTimeFormat(lang(), { hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(new Date(instant)) : '';
}

/** A date and time in the page's language. */
export function dateTime(instant) {
  return instant ? new Intl.DateTimeFormat(lang(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(instant)) : '';
}

/** Date and time with its zone's name, in {@code timeZone} (IANA, e.g. Asia/Tokyo) or, without one, the browser's. */
export function zonedDateTime(instant, timeZone) {
  if (!instant) return '';
  const options = { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' };
  try {
    return new Intl.DateTimeFormat(lang(), timeZone ? { ...options, timeZone } : options).format(new Date(instant));
  } catch (e) { // a zone this browser does not know
    return new Intl.DateTimeFormat(lang(), options).format(new Date(instant));
  }
}

/** A number in the page's language. */
export function number(n, digits = 0) {
  return n === null || n === undefined || Number.isNaN(n) ? '–'
    : new Intl.NumberFormat(lang(), { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(n);
}

/** A duration in seconds as m:ss or h:mm:ss. */
export function duration(seconds) {
  if (seconds === null || seconds === undefined || seconds < 0) return '–';
  const s = Math.floor(seconds % 60), m = Math.floor(seconds / 60) % 60, h = Math.floor(seconds / 3600);
  const two = n => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

/** The message to show for a failed call. */
export function problemText(e) {
  if (e instanceof ApiError) {
    const v = e.problem.violations?.map(x => x.field + ': ' + x.message).join('; ');
    return v || e.message;
  }
  return t('errNetwork');
}
