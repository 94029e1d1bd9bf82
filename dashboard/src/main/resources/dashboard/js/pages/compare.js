// Compare: one prompt through both engines, side by side: answer, latency, tokens, tool calls,
// and a chart of latency and tokens.
import { post } from '../api.js';
import { axis, chartFigure, color } from '../charts.js';
import { config } from '../config.js';
import { h, field } from '../dom.js';
import { describe } from '../errors.js';
import { number, onLanguageChange, t } from '../i18n.js';
import { announce } from '../shell.js';
import { toolCallEntry } from '../trace.js';
import { resultText } from '../turn.js';

const state = { root: null, last: null };
let ui = null;

export const title = 'nav.compare';

export function mount() {
  if (state.root) return state.root;
  const engines = config().engines;
  ui = {
    prompt: h('textarea', { id: 'compare-prompt', rows: 3, maxlength: 100000, placeholder: 'compare.placeholder' }),
    engines: engines.map((id) => h('input', { type: 'checkbox', id: `compare-engine-${id}`, value: id, checked: true })),
    run: h('button', { type: 'submit', class: 'primary', i18n: 'compare.run' }),
    error: h('div', { class: 'alert', role: 'alert', hidden: true }),
    results: h('div', { class: 'compare-results', 'aria-live': 'polite' }),
    latency: chartFigure('compare-latency', 'compare.chart.latency'),
    tokens: chartFigure('compare-tokens', 'compare.chart.tokens'),
  };
  ui.charts = h('div', { class: 'charts', hidden: true }, ui.latency.el, ui.tokens.el);
  const picker = h('fieldset', { class: 'checks' }, h('legend', { i18n: 'compare.engines' }),
    ...ui.engines.map((box) => h('label', { class: 'check' }, box, ` ${box.value}`)));
  state.root = h('section', { class: 'page page-compare', 'aria-labelledby': 'compare-title' },
    h('h1', { id: 'compare-title', tabindex: -1, i18n: 'compare.title' }),
    h('p', { class: 'hint', i18n: 'compare.intro' }),
    h('form', { class: 'stack', on: { submit: run } }, field('compare.prompt', ui.prompt), picker, h('div', {}, ui.run)),
    ui.error, ui.results, ui.charts);
  onLanguageChange(() => state.last && drawCharts(state.last));
  return state.root;
}

export async function show() { /* nothing to load: a comparison starts from the form */ }

async function run(event) {
  event.preventDefault();
  const prompt = ui.prompt.value.trim();
  const engines = ui.engines.filter((b) => b.checked).map((b) => b.value);
  ui.error.hidden = true;
  if (!prompt || engines.length === 0) {
    fail(t(prompt ? 'compare.error.noEngine' : 'compare.error.noPrompt'));
    return;
  }
  ui.run.disabled = true;
  ui.results.setAttribute('aria-busy', 'true');
  ui.results.replaceChildren(h('p', { class: 'hint', i18n: 'compare.running' }));
  try {
    const comparison = await post('/compare', { prompt, engines });
    state.last = comparison;
    ui.results.replaceChildren(...comparison.results.map(card));
    drawCharts(comparison);
    announce(t('compare.done'));
  } catch (e) {
    ui.results.replaceChildren();
    fail(describe(e));
  } finally {
    ui.run.disabled = false;
    ui.results.setAttribute('aria-busy', 'false');
  }
}

function card(r) {
  const calls = h('ol', { class: 'trace-list' }, ...(r.toolCalls ?? []).map((c) => toolCallEntry({
    tool: c.tool, arguments: c.arguments, result: c.result === undefined ? undefined : resultText(c.result),
    durationMs: c.durationMs ?? null, status: c.status ?? 'success' }).el));
  return h('article', { class: 'card compare-card', dataset: { engine: r.engine } },
    h('h2', { text: r.engine }),
    h('span', { class: `badge ${r.success ? 'badge-success' : 'badge-error'}`, i18n: r.success ? 'compare.ok' : 'compare.failed' }),
    h('dl', { class: 'facts' },
      h('dt', { i18n: 'compare.latency' }), h('dd', { i18n: 'unit.ms', i18nArgs: { value: number(r.latencyMs, 1) } }),
      h('dt', { i18n: 'compare.inputTokens' }), h('dd', { text: number(r.inputTokens) }),
      h('dt', { i18n: 'compare.outputTokens' }), h('dd', { text: number(r.outputTokens) }),
      h('dt', { i18n: 'compare.toolCalls' }), h('dd', { text: number((r.toolCalls ?? []).length) })),
    h('h3', { i18n: 'compare.answer' }),
    h('div', { class: 'answer', text: r.answer ?? '' }),
    r.error ? h('p', { class: 'message-error', text: r.error }) : null,
    (r.toolCalls ?? []).length ? h('h3', { i18n: 'trace.title' }) : null, calls);
}

function drawCharts(comparison) {
  const results = comparison.results;
  const labels = results.map((r) => r.engine);
  ui.charts.hidden = false;
  ui.latency.draw({
    type: 'bar',
    data: { labels, datasets: [{ label: t('compare.latency'), data: results.map((r) => r.latencyMs),
      backgroundColor: results.map((r, i) => color(r.engine, i)) }] },
    options: { plugins: { legend: { display: false } }, scales: { y: axis('unit.axisMs', { beginAtZero: true }) } },
  }, results.map((r) => `${r.engine}: ${number(r.latencyMs, 1)} ms`).join(', '),
  [[t('compare.engine'), t('compare.latency')], ...results.map((r) => [r.engine, number(r.latencyMs, 1)])]);
  ui.tokens.draw({
    type: 'bar',
    data: { labels, datasets: [
      { label: t('compare.inputTokens'), data: results.map((r) => r.inputTokens), backgroundColor: '#0b57d0' },
      { label: t('compare.outputTokens'), data: results.map((r) => r.outputTokens), backgroundColor: '#8a5300' }] },
    options: { scales: { y: axis('unit.axisTokens', { beginAtZero: true }) } },
  }, results.map((r) => t('compare.tokensSummary', { engine: r.engine, input: r.inputTokens, output: r.outputTokens })).join(', '),
  [[t('compare.engine'), t('compare.inputTokens'), t('compare.outputTokens')],
    ...results.map((r) => [r.engine, number(r.inputTokens), number(r.outputTokens)])]);
}

function fail(message) {
  ui.error.hidden = false;
  ui.error.textContent = message;
}
