// Chat: a message box (Enter sends, Shift+Enter breaks the line), the answer as it streams, the
// tool-call trace, engine and model switches, the session picker with history, and Stop, which
// aborts the running request (the runtime cancels the turn when its caller goes away).
import { get, post } from '../api.js';
import { assistantMessage, historyMessage, userMessage } from '../chat-view.js';
import { config, jwt } from '../config.js';
import { h, field, relabel } from '../dom.js';
import { describe } from '../errors.js';
import { t } from '../i18n.js';
import { announce } from '../shell.js';
import { callsRuntime, dataPlane, streamTurn } from '../transport.js';
import { Turn } from '../turn.js';
import { chatControls } from './chat-controls.js';

const LAST_SESSION = 'ac4j.chat.session';
const state = { root: null, sessionId: null, ended: false, hasMessages: false, running: null };
let ui = null;

export const title = 'nav.chat';

export function mount() {
  if (!state.root) build();
  return state.root;
}

export async function show(params) {
  renderTarget();
  await ui.controls.refresh(state.sessionId);
  const wanted = params[0] ?? (state.sessionId ? null : storedSession());
  if (wanted && wanted !== state.sessionId) await openSession(wanted, { quiet: !params[0] });
}

function build() {
  ui = {};
  ui.controls = chatControls({
    onEngine: switchEngine,
    onModel: switchModel,
    onSession: (id) => (id ? openSession(id) : newSession()),
    onNew: newSession,
    onError: showError,
  });
  ui.messages = h('ol', { class: 'messages', label: 'chat.conversation' });
  ui.emptyTrace = h('p', { class: 'hint', i18n: 'trace.empty' });
  ui.trace = h('ol', { class: 'trace-list' });
  ui.error = h('div', { class: 'alert', role: 'alert', hidden: true });
  ui.target = h('p', { class: 'hint chat-target' });
  ui.notice = h('p', { class: 'notice', hidden: true, i18n: 'chat.ended' });
  ui.prompt = h('textarea', { id: 'chat-prompt', rows: 3, maxlength: 100000, placeholder: 'chat.placeholder',
    on: { keydown: onKey } });
  ui.send = h('button', { type: 'submit', class: 'primary', i18n: 'chat.send' });
  ui.stop = h('button', { type: 'button', class: 'danger', i18n: 'chat.stop', disabled: true, on: { click: stop } });
  const form = h('form', { class: 'composer', on: { submit: onSubmit } },
    field('chat.message', ui.prompt, 'chat.keys'), h('div', { class: 'composer-buttons' }, ui.send, ui.stop));
  state.root = h('section', { class: 'page page-chat', 'aria-labelledby': 'chat-title' },
    h('h1', { id: 'chat-title', tabindex: -1, i18n: 'chat.title' }),
    ui.controls.el, ui.target,
    // Conversation, then the message box, then the trace: beside each other on a desktop, one
    // under the other on a phone, and in this order for the keyboard and screen readers.
    h('div', { class: 'chat-layout' },
      h('section', { class: 'conversation', 'aria-labelledby': 'conversation-title' },
        h('h2', { id: 'conversation-title', class: 'visually-hidden', i18n: 'chat.conversation' }), ui.messages),
      h('div', { class: 'chat-input' }, ui.error, ui.notice, form),
      h('aside', { class: 'trace', 'aria-labelledby': 'trace-title' },
        h('h2', { id: 'trace-title', i18n: 'trace.title' }), ui.emptyTrace, ui.trace)));
  new MutationObserver(() => { ui.emptyTrace.hidden = ui.trace.children.length > 0; })
    .observe(ui.trace, { childList: true });
}

function renderTarget() {
  const cfg = config();
  if (callsRuntime(cfg)) {
    relabel(ui.target, cfg.runtimeArn ? 'chat.target.runtime' : 'chat.target.noRuntime',
      { arn: cfg.runtimeArn, endpoint: dataPlane(cfg) });
  } else {
    relabel(ui.target, 'chat.target.backend', { mode: cfg.mode });
  }
}

function onKey(event) {
  // Enter sends; Shift+Enter is a new line; Enter that confirms an IME conversion (Japanese
  // input) is neither.
  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing && event.keyCode !== 229) {
    event.preventDefault();
    event.target.form.requestSubmit();
  }
}

function onSubmit(event) {
  event.preventDefault();
  const prompt = ui.prompt.value;
  if (!prompt.trim() || state.running) return;
  ui.prompt.value = '';
  send(prompt.trim());
}

async function send(prompt) {
  clearError();
  const cfg = config();
  if (callsRuntime(cfg) && !cfg.runtimeArn) {
    showError(t('chat.error.noRuntime'));
    return;
  }
  const engine = ui.controls.engine();
  const controller = new AbortController();
  setRunning(controller);
  const turn = new Turn(prompt, engine);
  ui.messages.append(userMessage(prompt));
  const view = assistantMessage(ui.trace, engine);
  ui.messages.append(view.el);
  view.el.scrollIntoView({ block: 'nearest' });
  let sessionId = null;
  let stopped = false;
  try {
    sessionId = await ensureSession(engine, prompt);
    if (callsRuntime(cfg)) await record(sessionId, [{ type: 'MessageAdded', role: 'user', text: prompt, engine }]);
    const stream = streamTurn({ cfg, jwt: jwt(), sessionId, prompt, engine, model: ui.controls.model(), signal: controller.signal });
    for await (const event of stream) {
      view.render(turn, turn.apply(event), event);
    }
  } catch (e) {
    if (e.name === 'AbortError') stopped = true;
    else turn.error = describe(e, { endpoint: dataPlane(cfg) });
  }
  turn.finish({ stopped });
  view.finish(turn);
  setRunning(null);
  announce(t(stopped ? 'chat.announce.stopped' : 'chat.announce.done'));
  if (sessionId && callsRuntime(cfg)) {
    try {
      await record(sessionId, turn.logEvents());
    } catch (e) {
      showError(t('chat.error.record', { message: describe(e) }));
    }
  }
  await ui.controls.refresh(state.sessionId);
}

async function ensureSession(engine, prompt) {
  if (state.sessionId) return state.sessionId;
  const session = await post('/sessions', { engine, title: prompt.slice(0, 60) });
  setSession(session.sessionId, false);
  return session.sessionId;
}

function record(sessionId, events) {
  return events.length ? post(`/sessions/${encodeURIComponent(sessionId)}/events`, { events }) : null;
}

function stop() {
  state.running?.abort();
}

function setRunning(controller) {
  state.running = controller;
  ui.send.disabled = Boolean(controller) || state.ended;
  ui.stop.disabled = !controller;
  ui.controls.setBusy(Boolean(controller));
  state.hasMessages = state.hasMessages || Boolean(controller);
}

async function openSession(id, { quiet = false } = {}) {
  if (state.running) return;
  clearError();
  try {
    const session = await get(`/sessions/${encodeURIComponent(id)}`);
    clearConversation();
    for (const message of session.messages ?? []) ui.messages.append(historyMessage(message, ui.trace));
    ui.controls.setEngine(session.engine);
    setSession(session.sessionId, session.ended);
    state.hasMessages = (session.messages ?? []).length > 0;
    await ui.controls.refresh(state.sessionId);
  } catch (e) {
    if (!quiet) showError(describe(e));
    forgetStoredSession();
  }
}

function newSession() {
  if (state.running) return;
  clearConversation();
  setSession(null, false);
  state.hasMessages = false;
  ui.controls.refresh(null);
  ui.prompt.focus();
}

function switchEngine(engine) {
  // A runtime session keeps the engine it started on; another engine needs a new session.
  if (state.sessionId && state.hasMessages) {
    newSession();
    announce(t('chat.engineSwitched', { engine }));
  }
}

function switchModel(label) {
  // A runtime session keeps the model it started on; another model needs a new session.
  if (state.sessionId && state.hasMessages) {
    newSession();
    announce(t('chat.modelSwitched.newSession', { model: label }));
    return true;
  }
  return false;
}

function setSession(id, ended) {
  state.sessionId = id;
  state.ended = Boolean(ended);
  ui.notice.hidden = !state.ended;
  ui.send.disabled = state.ended || Boolean(state.running);
  try {
    if (id) localStorage.setItem(LAST_SESSION, id); else localStorage.removeItem(LAST_SESSION);
  } catch { /* storage disabled */ }
}

function clearConversation() {
  ui.messages.replaceChildren();
  ui.trace.replaceChildren();
}

function storedSession() {
  try { return localStorage.getItem(LAST_SESSION); } catch { return null; }
}

function forgetStoredSession() {
  try { localStorage.removeItem(LAST_SESSION); } catch { /* storage disabled */ }
}

function showError(message) {
  ui.error.hidden = false;
  ui.error.textContent = message;
}

function clearError() {
  ui.error.hidden = true;
  ui.error.textContent = '';
}
