// Strings of the pages in resource bundles: /ui/i18n/<lang>.json (shared) and /ui/i18n/<page>.<lang>.json (one
// page's own), English and Japanese. The browser's language
// chooses; the switch (localStorage 'cc.lang') overrides. t('key', {name: 'x'}) fills {name}; a missing key shows
// the English text, else the key itself.
const SUPPORTED = ['en', 'ja'];
let strings = {};
let fallback = {};
let current = 'en';

export function lang() {
  return current;
}

function preferred() {
  const chosen = localStorage.getItem('cc.lang');
  if (SUPPORTED.includes(chosen)) return chosen;
  for (const l of navigator.languages || [navigator.language || 'en']) {
    const base = l.toLowerCase().split('-')[0];
    if (SUPPORTED.includes(base)) return base;
  }
  return 'en';
}

async function bundle(name) {
  const res = await fetch('/ui/i18n/' + name + '.json', { cache: 'no-cache' });
  return res.ok ? res.json() : {};
}

async function bundles(l, page) {
  const [shared, own] = await Promise.all([bundle(l), page ? bundle(page + '.' + l) : {}]);
  return { ...shared, ...own };
}

/** Loads the shared and the page's bundle of the chosen language (and English for missing keys); sets <html lang>. */
export async function loadStrings(page) {
  current = preferred();
  fallback = await bundles('en', page);
  strings = current === 'en' ? fallback : await bundles(current, page);
  document.documentElement.lang = current;
  return current;
}

/** Switches the language for this browser and reloads the page. */
export function setLang(l) {
  localStorage.setItem('cc.lang', l);
  location.reload();
}

export function t(key, vars) {
  let s = strings[key] ?? fallback[key] ?? key;
  if (vars) {
    for (const [k, v] of Object.entries(vars)) s = s.split('{' + k + '}').join(String(v));
  }
  return s;
}

export const LANGUAGES = [['en', 'English'], ['ja', '日本語']];
