// Boot: configuration, language, the shell, then the page the hash names (#/chat by default).
import { loadConfig } from './config.js';
import { onLanguageChange, t, translate } from './i18n.js';
import { setUpLanguageToggle, setUpSkipLink } from './shell.js';
import * as chat from './pages/chat.js';
import * as sessions from './pages/sessions.js';
import * as compare from './pages/compare.js';
import * as benchmark from './pages/benchmark.js';
import * as runtimes from './pages/runtimes.js';
import * as settings from './pages/settings.js';

const PAGES = { chat, sessions, compare, benchmark, runtimes, settings };
let current = null;

async function boot() {
  translate(document);
  setUpLanguageToggle();
  setUpSkipLink();
  const main = document.getElementById('main');
  try {
    await loadConfig();
  } catch (e) {
    main.replaceChildren();
    const alert = document.createElement('div');
    alert.className = 'alert';
    alert.setAttribute('role', 'alert');
    alert.textContent = t('app.noConfig', { message: e.message });
    main.append(alert);
    return;
  }
  window.addEventListener('hashchange', () => route(true));
  onLanguageChange(() => { document.title = `${t(current.title)} · ${t('app.title')}`; });
  await route(false);
  document.body.dataset.ready = 'true';
}

async function route(moveFocus) {
  const [name, ...params] = location.hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  const id = PAGES[name] ? name : 'chat';
  const page = PAGES[id];
  if (current && current !== page) current.hide?.();
  current = page;
  const main = document.getElementById('main');
  main.replaceChildren(page.mount());
  for (const link of document.querySelectorAll('nav a[data-page]')) {
    if (link.dataset.page === id) link.setAttribute('aria-current', 'page'); else link.removeAttribute('aria-current');
  }
  document.title = `${t(page.title)} · ${t('app.title')}`;
  if (moveFocus) main.querySelector('h1')?.focus();
  await page.show(params.filter(Boolean));
}

boot();
