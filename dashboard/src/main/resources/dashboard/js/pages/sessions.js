// Sessions: every session in the backend's log (history survives restarts), one session's
// messages with their tool calls, and End session.
import { del, get } from '../api.js';
import { h, relabel } from '../dom.js';
import { describe } from '../errors.js';
import { dateTime, t } from '../i18n.js';
import { announce } from '../shell.js';
import { sessionMessages } from './session-messages.js';

const state = { root: null, params: [] };
let ui = null;

export const title = 'nav.sessions';

export function mount() {
  if (state.root) return state.root;
  ui = {
    list: h('ul', { class: 'cards session-list' }),
    empty: h('p', { class: 'hint', i18n: 'sessions.empty', hidden: true }),
    detail: h('section', { class: 'session-detail', 'aria-labelledby': 'session-title', hidden: true }),
    error: h('div', { class: 'alert', role: 'alert', hidden: true }),
    status: h('p', { class: 'status', role: 'status' }),
  };
  state.root = h('section', { class: 'page page-sessions', 'aria-labelledby': 'sessions-title' },
    h('div', { class: 'page-head' },
      h('h1', { id: 'sessions-title', tabindex: -1, i18n: 'sessions.title' }),
      h('button', { type: 'button', i18n: 'common.refresh', on: { click: () => show(state.params) } })),
    ui.error, ui.status, ui.detail,
    h('h2', { i18n: 'sessions.all' }), ui.empty, ui.list);
  return state.root;
}

export async function show(params) {
  state.params = params;
  ui.error.hidden = true;
  await Promise.all([list(), params[0] ? detail(params[0]) : hideDetail()]);
}

async function list() {
  try {
    const { sessions } = await get('/sessions');
    ui.empty.hidden = sessions.length > 0;
    ui.list.replaceChildren(...sessions.map(card));
  } catch (e) {
    fail(e);
  }
}

function card(s) {
  return h('li', { class: 'card session-card', dataset: { sessionId: s.sessionId } },
    h('a', { href: `#/sessions/${encodeURIComponent(s.sessionId)}`, class: 'card-title', text: s.title || s.sessionId }),
    h('p', { class: 'card-meta' },
      h('span', { class: `badge ${s.ended ? 'badge-ended' : 'badge-success'}`, i18n: s.ended ? 'sessions.ended' : 'sessions.active' }),
      ' ', h('span', { text: s.engine }), ' · ',
      h('span', { i18n: 'sessions.messages', i18nArgs: { count: s.messageCount } }), ' · ',
      h('span', { i18n: 'sessions.updated', i18nArgs: { at: dateTime(s.updatedAt) } })));
}

function hideDetail() {
  ui.detail.hidden = true;
  ui.detail.replaceChildren();
}

async function detail(id) {
  try {
    const session = await get(`/sessions/${encodeURIComponent(id)}`);
    const end = h('button', { type: 'button', class: 'danger', i18n: 'sessions.end', disabled: session.ended,
      on: { click: () => endSession(session.sessionId) } });
    ui.detail.replaceChildren(
      h('h2', { id: 'session-title', tabindex: -1, text: session.title || session.sessionId }),
      h('dl', { class: 'facts' },
        h('dt', { i18n: 'sessions.id' }), h('dd', {}, h('code', { text: session.sessionId })),
        h('dt', { i18n: 'sessions.engine' }), h('dd', { text: session.engine }),
        h('dt', { i18n: 'sessions.created' }), h('dd', { text: dateTime(session.createdAt) }),
        h('dt', { i18n: 'sessions.state' }), h('dd', { i18n: session.ended ? 'sessions.ended' : 'sessions.active' })),
      h('div', { class: 'actions' },
        h('a', { class: 'button', href: `#/chat/${encodeURIComponent(session.sessionId)}`, i18n: 'sessions.openInChat' }),
        end),
      h('h3', { i18n: 'sessions.history' }),
      sessionMessages(session.messages ?? []));
    ui.detail.hidden = false;
  } catch (e) {
    hideDetail();
    fail(e);
  }
}

async function endSession(id) {
  try {
    const ended = await del(`/sessions/${encodeURIComponent(id)}`);
    const runtime = String(ended.runtimeStop ?? 'skipped');
    const key = runtime.startsWith('failed') ? 'sessions.endedRuntimeFailed' : `sessions.endedRuntime.${runtime}`;
    relabel(ui.status, key, { detail: runtime });
    announce(t(key, { detail: runtime }));
    await show([id]);
  } catch (e) {
    fail(e);
  }
}

function fail(e) {
  ui.error.hidden = false;
  ui.error.textContent = describe(e);
}
