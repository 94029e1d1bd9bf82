// The frame around the pages: the polite announcer for screen readers and the language toggle.
import { language, setLanguage, t } from './i18n.js';

export function announce(message) {
  const el = document.getElementById('announcer');
  if (!el) return;
  el.textContent = '';
  // A fresh text node after a tick makes screen readers read the same message twice in a row.
  setTimeout(() => { el.textContent = message; }, 50);
}

export function setUpLanguageToggle() {
  const button = document.getElementById('lang-toggle');
  const render = () => {
    // The button names the language it switches to, in that language.
    const other = language() === 'ja' ? 'en' : 'ja';
    button.textContent = other === 'ja' ? '日本語' : 'English';
    button.setAttribute('lang', other);
    button.setAttribute('aria-label', t('lang.switchTo', { language: other === 'ja' ? '日本語' : 'English' }));
  };
  button.addEventListener('click', () => {
    setLanguage(language() === 'ja' ? 'en' : 'ja');
    render();
    announce(t('lang.switched'));
  });
  render();
}

export function setUpSkipLink() {
  // The app routes on the hash, so the skip link moves focus itself instead of changing it.
  document.getElementById('skip-link').addEventListener('click', (event) => {
    event.preventDefault();
    const heading = document.querySelector('main h1');
    (heading ?? document.getElementById('main')).focus();
  });
}
