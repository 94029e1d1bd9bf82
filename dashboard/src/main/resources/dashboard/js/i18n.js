// The two message tables and the switch between them. Every UI string lives in i18n/en.js and
// i18n/ja.js; markup names its string with data-i18n (text), data-i18n-label (aria-label),
// data-i18n-placeholder and data-i18n-title, so a language switch re-labels the page in place
// without re-rendering (a streaming answer keeps streaming).
import en from './i18n/en.js';
import ja from './i18n/ja.js';

const TABLES = { en, ja };
const STORAGE_KEY = 'ac4j.lang';
const listeners = new Set();

let lang = initialLanguage();

function initialLanguage() {
  const saved = safeStorage()?.getItem(STORAGE_KEY);
  if (saved && TABLES[saved]) return saved;
  const browser = (navigator.languages && navigator.languages[0]) || navigator.language || 'en';
  return browser.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

function safeStorage() {
  try { return window.localStorage; } catch { return null; }
}

export function language() {
  return lang;
}

export function languages() {
  return Object.keys(TABLES);
}

/** The string for key in the current language, {name} placeholders filled from args. */
export function t(key, args) {
  const template = TABLES[lang][key] ?? TABLES.en[key];
  if (template === undefined) {
    console.warn('no message for', key);
    return key;
  }
  return args ? template.replace(/\{(\w+)\}/g, (m, name) => (name in args ? String(args[name]) : m)) : template;
}

/** Sets the language, remembers it, re-labels the document and tells the pages. */
export function setLanguage(next) {
  if (!TABLES[next] || next === lang) return;
  lang = next;
  safeStorage()?.setItem(STORAGE_KEY, next);
  translate(document);
  listeners.forEach((fn) => fn(next));
}

export function onLanguageChange(fn) {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/** Applies the current language to root and everything under it. */
export function translate(root) {
  if (root === document) {
    document.documentElement.lang = lang;
    document.title = t('app.title');
  }
  const scope = root.querySelectorAll ? root : document;
  const each = (selector, fn) => {
    if (scope.matches && scope.matches(selector)) fn(scope);
    scope.querySelectorAll(selector).forEach(fn);
  };
  each('[data-i18n]', (el) => { el.textContent = t(el.dataset.i18n, args(el)); });
  each('[data-i18n-label]', (el) => el.setAttribute('aria-label', t(el.dataset.i18nLabel, args(el))));
  each('[data-i18n-placeholder]', (el) => el.setAttribute('placeholder', t(el.dataset.i18nPlaceholder)));
  each('[data-i18n-title]', (el) => el.setAttribute('title', t(el.dataset.i18nTitle, args(el))));
}

function args(el) {
  return el.dataset.i18nArgs ? JSON.parse(el.dataset.i18nArgs) : undefined;
}

/** Formats a number for the current language. */
export function number(value, digits = 0) {
  return new Intl.NumberFormat(lang === 'ja' ? 'ja-JP' : 'en-US', { maximumFractionDigits: digits }).format(value);
}

/** Formats an ISO-8601 instant as local date and time in the current language. */
export function dateTime(iso) {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return String(iso);
  return new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-US', { dateStyle: 'medium', timeStyle: 'medium' }).format(date);
}
