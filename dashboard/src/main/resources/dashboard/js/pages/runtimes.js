// Runtimes: each runtime with its versions and endpoints (control plane, through the backend), and
// its live sessions (Healthy / HealthyBusy, idle timer against the idle timeout) with Stop.
import { get, post } from '../api.js';
import { h, relabel } from '../dom.js';
import { describe } from '../errors.js';
import { dateTime, number, t } from '../i18n.js';
import { announce } from '../shell.js';

const REFRESH_MS = 5000;
const state = { root: null, refresh: null, ticker: null, fetchedAt: 0 };
let ui = null;

export const title = 'nav.runtimes';

export function mount() {
  if (state.root) return state.root;
  ui = {
    source: h('p', { class: 'hint' }),
    note: h('p', { class: 'notice', hidden: true }),
    list: h('div', { class: 'runtime-list' }),
    error: h('div', { class: 'alert', role: 'alert', hidden: true }),
    status: h('p', { class: 'status', role: 'status' }),
  };
  state.root = h('section', { class: 'page page-runtimes', 'aria-labelledby': 'runtimes-title' },
    h('div', { class: 'page-head' },
      h('h1', { id: 'runtimes-title', tabindex: -1, i18n: 'runtimes.title' }),
      h('button', { type: 'button', i18n: 'common.refresh', on: { click: load } })),
    ui.source, ui.note, ui.error, ui.status, ui.list);
  return state.root;
}

export async function show() {
  await load();
  clearInterval(state.refresh);
  clearInterval(state.ticker);
  state.refresh = setInterval(load, REFRESH_MS);
  state.ticker = setInterval(tick, 1000);
}

export function hide() {
  clearInterval(state.refresh);
  clearInterval(state.ticker);
}

async function load() {
  try {
    const data = await get('/runtimes');
    state.fetchedAt = performance.now();
    ui.error.hidden = true;
    relabel(ui.source, 'runtimes.source', { endpoint: data.endpoint ?? '', source: data.sessionsSource ?? 'none' });
    ui.note.hidden = !data.sessionsNote;
    ui.note.textContent = data.sessionsNote ?? '';
    const runtimes = data.runtimes ?? [];
    ui.list.replaceChildren(...(runtimes.length ? runtimes.map(runtimeCard) : [h('p', { class: 'hint', i18n: 'runtimes.none' })]));
  } catch (e) {
    ui.error.hidden = false;
    ui.error.textContent = describe(e);
  }
}

function runtimeCard(r) {
  const versions = (r.versions ?? []).map((v) => `${v.version} (${v.status})`).join(', ');
  return h('article', { class: 'card runtime-card', dataset: { runtime: r.name } },
    h('div', { class: 'card-head' }, h('h2', { text: r.name }), h('span', { class: `badge ${badge(r.status)}`, text: r.status })),
    h('dl', { class: 'facts' },
      h('dt', { i18n: 'runtimes.arn' }), h('dd', {}, h('code', { class: 'wrap', text: r.arn })),
      h('dt', { i18n: 'runtimes.version' }), h('dd', { text: r.version ?? '' }),
      h('dt', { i18n: 'runtimes.versions' }), h('dd', { text: versions })),
    h('h3', { i18n: 'runtimes.endpoints' }),
    table(['runtimes.endpoint.name', 'runtimes.endpoint.status', 'runtimes.endpoint.live'],
      (r.endpoints ?? []).map((e) => [e.name, h('span', { class: `badge ${badge(e.status)}`, text: e.status }), e.liveVersion ?? ''])),
    h('h3', { i18n: 'runtimes.sessions' }),
    (r.sessions ?? []).length
      ? table(['runtimes.session.id', 'runtimes.session.status', 'runtimes.session.idle', 'runtimes.session.lifetime',
        'runtimes.session.started', 'runtimes.session.actions'], r.sessions.map((s) => sessionRow(r, s)))
      : h('p', { class: 'hint', i18n: 'runtimes.noSessions' }));
}

function sessionRow(runtime, s) {
  const idle = h('span', { class: 'nowrap', dataset: { idle: s.idleSeconds, busy: s.status === 'HealthyBusy' ? 'true' : 'false', timeout: s.idleTimeoutSeconds } });
  renderIdle(idle, 0);
  const stop = h('button', { type: 'button', class: 'danger small', i18n: 'runtimes.stop',
    label: 'runtimes.stopLabel', i18nArgs: { id: s.sessionId }, on: { click: () => stopSession(runtime.name, s.sessionId, stop) } });
  // On a phone the id is shortened (the whole id stays in the title and the Stop button's name).
  const id = h('code', { class: 'session-id', title: 'runtimes.session.fullId', i18nArgs: { id: s.sessionId } },
    h('span', { class: 'id-full', text: s.sessionId }),
    h('span', { class: 'id-short', text: `${s.sessionId.slice(0, 13)}…${s.sessionId.slice(-4)}` }));
  return [id, h('span', { class: `badge ${badge(s.status)}`, text: s.status }),
    idle, h('span', { class: 'nowrap', text: t('unit.seconds', { value: number(s.maxLifetimeSeconds) }) }), dateTime(s.startedAt), stop];
}

function tick() {
  const elapsed = (performance.now() - state.fetchedAt) / 1000;
  state.root.querySelectorAll('[data-idle]').forEach((el) => renderIdle(el, elapsed));
}

function renderIdle(el, elapsed) {
  const base = Number(el.dataset.idle);
  const idle = el.dataset.busy === 'true' ? base : Math.floor(base + elapsed);
  relabel(el, 'runtimes.idleOf', { idle: number(idle), timeout: number(Number(el.dataset.timeout)) });
}

async function stopSession(runtime, sessionId, button) {
  button.disabled = true;
  try {
    await post(`/runtimes/${encodeURIComponent(runtime)}/sessions/${encodeURIComponent(sessionId)}/stop`);
    relabel(ui.status, 'runtimes.stopped', { id: sessionId });
    announce(t('runtimes.stopped', { id: sessionId }));
  } catch (e) {
    ui.error.hidden = false;
    ui.error.textContent = describe(e);
  }
  await load();
}

function badge(status) {
  if (['READY', 'Healthy', 'ACTIVE'].includes(status)) return 'badge-success';
  if (['HealthyBusy', 'CREATING', 'UPDATING'].includes(status)) return 'badge-busy';
  return 'badge-error';
}

// On a phone each row becomes a small card: every cell then shows its column's name (hidden from
// screen readers, which have the header cells), so nothing hides past the right edge.
function table(headKeys, rows) {
  return h('div', { class: 'table-wrap' }, h('table', { class: 'stack-on-phone' },
    h('thead', {}, h('tr', {}, ...headKeys.map((k) => h('th', { scope: 'col', i18n: k })))),
    h('tbody', {}, ...rows.map((cells) => h('tr', {}, ...cells.map((c, i) =>
      h('td', {}, h('span', { class: 'cell-label', 'aria-hidden': 'true', i18n: headKeys[i] }), c)))))));
}
