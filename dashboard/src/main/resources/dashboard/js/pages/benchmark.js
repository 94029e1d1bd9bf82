// Benchmark: run the comparison suite with progress, chart latency distributions, success rate
// and tokens per category and engine; earlier runs stay listed and one can be laid over another.
import { get, post } from '../api.js';
import { config } from '../config.js';
import { h, field, relabel } from '../dom.js';
import { describe } from '../errors.js';
import { dateTime, onLanguageChange, t } from '../i18n.js';
import { announce } from '../shell.js';
import { benchmarkCharts } from './benchmark-charts.js';

export const CATEGORIES = ['basic', 'memory', 'tool_use', 'multi_tool', 'error_handling'];
const state = { root: null, runs: [], shown: null, baseline: null, polling: null };
let ui = null;

export const title = 'nav.benchmark';

export function mount() {
  if (state.root) return state.root;
  const checks = (prefix, values, labelOf) => values.map((v) => ({ value: v, box: h('input',
    { type: 'checkbox', id: `${prefix}-${v}`, value: v, checked: true }), label: labelOf(v) }));
  ui = {
    engines: checks('bench-engine', config().engines, (v) => ({ text: v })),
    categories: checks('bench-category', CATEGORIES, (v) => ({ i18n: `category.${v}` })),
    repeat: h('input', { type: 'number', id: 'bench-repeat', min: 1, max: 20, value: '1', inputmode: 'numeric' }),
    run: h('button', { type: 'submit', class: 'primary', i18n: 'bench.run' }),
    progress: h('progress', { id: 'bench-progress', max: 1, value: 0 }),
    progressText: h('span', { id: 'bench-progress-text', class: 'hint' }),
    error: h('div', { class: 'alert', role: 'alert', hidden: true }),
    runSelect: h('select', { id: 'bench-run', on: { change: () => view(ui.runSelect.value, ui.baseSelect.value) } }),
    baseSelect: h('select', { id: 'bench-baseline', on: { change: () => view(ui.runSelect.value, ui.baseSelect.value) } }),
    charts: benchmarkCharts(),
  };
  const group = (legend, items) => h('fieldset', { class: 'checks' }, h('legend', { i18n: legend }),
    ...items.map(({ box, label }) => h('label', { class: 'check' }, box, ' ', h('span', label))));
  const progressBlock = h('div', { class: 'progress', hidden: true },
    h('label', { for: 'bench-progress', i18n: 'bench.progress' }), ui.progress, ui.progressText);
  ui.progressBlock = progressBlock;
  state.root = h('section', { class: 'page page-benchmark', 'aria-labelledby': 'bench-title' },
    h('h1', { id: 'bench-title', tabindex: -1, i18n: 'bench.title' }),
    h('p', { class: 'hint', i18n: 'bench.intro' }),
    h('form', { class: 'stack', on: { submit: start } },
      group('bench.engines', ui.engines), group('bench.categories', ui.categories),
      field('bench.repeat', ui.repeat, 'bench.repeatHint'), h('div', {}, ui.run)),
    progressBlock, ui.error,
    h('h2', { i18n: 'bench.results' }),
    h('div', { class: 'toolbar' }, field('bench.runPick', ui.runSelect), field('bench.baseline', ui.baseSelect)),
    ui.charts.el);
  onLanguageChange(() => { fillSelects(); if (state.shown) ui.charts.render(state.shown, state.baseline); });
  return state.root;
}

export async function show() {
  await loadRuns();
  if (!state.shown && state.runs.length) await view(state.runs[0].runId, '');
}

export function hide() { /* a running benchmark keeps polling so its progress is current on return */ }

async function loadRuns() {
  try {
    state.runs = (await get('/benchmarks')).runs ?? [];
    fillSelects();
  } catch (e) {
    fail(describe(e));
  }
}

function fillSelects() {
  const option = (r) => h('option', { value: r.runId, i18n: 'bench.runOption',
    i18nArgs: { at: dateTime(r.startedAt), engines: (r.engines ?? []).join(' + '), status: t(`bench.status.${r.status}`) } });
  const run = ui.runSelect.value || state.shown?.runId || '';
  const base = ui.baseSelect.value;
  ui.runSelect.replaceChildren(...(state.runs.length ? state.runs.map(option) : [h('option', { value: '', i18n: 'bench.noRuns' })]));
  ui.baseSelect.replaceChildren(h('option', { value: '', i18n: 'bench.noBaseline' }), ...state.runs.map(option));
  ui.runSelect.value = run;
  ui.baseSelect.value = base;
}

async function start(event) {
  event.preventDefault();
  ui.error.hidden = true;
  const engines = ui.engines.filter((c) => c.box.checked).map((c) => c.value);
  const categories = ui.categories.filter((c) => c.box.checked).map((c) => c.value);
  const repeat = Number(ui.repeat.value);
  if (!engines.length || !categories.length) return fail(t('bench.error.pick'));
  if (!Number.isInteger(repeat) || repeat < 1 || repeat > 20) return fail(t('bench.error.repeat'));
  try {
    ui.run.disabled = true;
    const { runId } = await post('/benchmarks', { engines, categories, repeat });
    announce(t('bench.started'));
    await poll(runId);
  } catch (e) {
    fail(describe(e));
  } finally {
    ui.run.disabled = false;
  }
}

async function poll(runId) {
  ui.progressBlock.hidden = false;
  let run;
  do {
    run = await get(`/benchmarks/${encodeURIComponent(runId)}`);
    const { done, total } = run.progress ?? { done: 0, total: 0 };
    ui.progress.max = Math.max(total, 1);
    ui.progress.value = done;
    relabel(ui.progressText, 'bench.progressText', { done, total });
    if (run.status === 'running') await new Promise((r) => setTimeout(r, 400));
  } while (run.status === 'running');
  relabel(ui.progressText, `bench.finished.${run.status}`, { error: run.error ?? '' });
  announce(t(`bench.finished.${run.status}`, { error: run.error ?? '' }));
  await loadRuns();
  await view(runId, ui.baseSelect.value === runId ? '' : ui.baseSelect.value);
}

async function view(runId, baselineId) {
  if (!runId) return;
  try {
    state.shown = await get(`/benchmarks/${encodeURIComponent(runId)}`);
    state.baseline = baselineId && baselineId !== runId ? await get(`/benchmarks/${encodeURIComponent(baselineId)}`) : null;
    ui.runSelect.value = runId;
    ui.baseSelect.value = state.baseline ? baselineId : '';
    ui.charts.render(state.shown, state.baseline);
  } catch (e) {
    fail(describe(e));
  }
}

function fail(message) {
  ui.error.hidden = false;
  ui.error.textContent = message;
}
