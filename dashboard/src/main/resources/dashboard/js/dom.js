// A tiny element builder. Text always goes in as text (never as HTML), so agent output, tool results
// and event payloads cannot inject markup.
import { t } from './i18n.js';

/**
 * h('button', {type: 'button', i18n: 'chat.send', on: {click}}, child, ...)
 * props: class, id, text, i18n (+ i18nArgs), label (aria-label key), placeholder, title (keys),
 * on (event handlers), dataset, and any other attribute (false/null/undefined leave it out).
 */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    switch (key) {
      case 'class': el.className = value; break;
      case 'text': el.textContent = String(value); break;
      case 'i18n': el.dataset.i18n = value; break;
      case 'i18nArgs': el.dataset.i18nArgs = JSON.stringify(value); break;
      case 'label': el.dataset.i18nLabel = value; break;
      case 'placeholder': el.dataset.i18nPlaceholder = value; break;
      case 'title': el.dataset.i18nTitle = value; break;
      case 'on': for (const [name, fn] of Object.entries(value)) el.addEventListener(name, fn); break;
      case 'dataset': Object.assign(el.dataset, value); break;
      case 'value': el.value = value; break;
      case 'checked': el.checked = Boolean(value); break;
      default: el.setAttribute(key, value === true ? '' : String(value));
    }
  }
  applyKeys(el);
  append(el, children);
  return el;
}

function applyKeys(el) {
  const args = el.dataset.i18nArgs ? JSON.parse(el.dataset.i18nArgs) : undefined;
  if (el.dataset.i18n) el.textContent = t(el.dataset.i18n, args);
  if (el.dataset.i18nLabel) el.setAttribute('aria-label', t(el.dataset.i18nLabel, args));
  if (el.dataset.i18nPlaceholder) el.setAttribute('placeholder', t(el.dataset.i18nPlaceholder));
  if (el.dataset.i18nTitle) el.setAttribute('title', t(el.dataset.i18nTitle, args));
}

export function append(el, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** Re-labels an element with another message key (and arguments). */
export function relabel(el, key, args) {
  el.dataset.i18n = key;
  if (args) el.dataset.i18nArgs = JSON.stringify(args); else delete el.dataset.i18nArgs;
  el.textContent = t(key, args);
}

/** A labelled form control: <div class="field"><label for=id>…</label>control</div>. */
export function field(labelKey, control, hintKey) {
  const hint = hintKey ? h('p', { class: 'hint', id: `${control.id}-hint`, i18n: hintKey }) : null;
  if (hint) control.setAttribute('aria-describedby', hint.id);
  return h('div', { class: 'field' }, h('label', { for: control.id, i18n: labelKey }), control, hint);
}

/** Pretty JSON for arguments and results (strings shown as they are). */
export function pretty(value) {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') {
    // Tools often answer JSON as text: indent it when it parses, show it as it is otherwise.
    const trimmed = value.trim();
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
      try { return JSON.stringify(JSON.parse(trimmed), null, 2); } catch { return value; }
    }
    return value;
  }
  try { return JSON.stringify(value, null, 2); } catch { return String(value); }
}
