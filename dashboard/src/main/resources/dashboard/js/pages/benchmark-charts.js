// The benchmark run's charts: latency distribution (min–max range and median) per category and
// engine, success rate per category, mean tokens per category; a baseline run is drawn beside it
// in lighter colours. Also the per-engine summary table.
import { axis, chartFigure, color } from '../charts.js';
import { h } from '../dom.js';
import { dateTime, number, t } from '../i18n.js';

export function benchmarkCharts() {
  const latency = chartFigure('bench-latency', 'bench.chart.latency');
  const success = chartFigure('bench-success', 'bench.chart.success');
  const tokens = chartFigure('bench-tokens', 'bench.chart.tokens');
  const summary = h('div', { class: 'table-wrap' });
  const heading = h('p', { class: 'hint' });
  const el = h('div', { class: 'bench-view', hidden: true }, heading, summary,
    h('div', { class: 'charts' }, latency.el, success.el, tokens.el));
  return {
    el,
    render(run, baseline) {
      el.hidden = false;
      el.dataset.runId = run.runId;
      heading.textContent = t('bench.viewing', { at: dateTime(run.startedAt), model: run.model ?? '',
        status: t(`bench.status.${run.status}`) }) + (baseline ? ` ${t('bench.against', { at: dateTime(baseline.startedAt) })}` : '');
      summary.replaceChildren(summaryTable(run, baseline));
      const runs = [{ run, tag: '', alpha: 'ff' }, ...(baseline ? [{ run: baseline, tag: t('bench.baselineTag'), alpha: '80' }] : [])];
      const categories = [...new Set(runs.flatMap(({ run: r }) => (r.results ?? []).map((x) => x.category)))];
      const labels = categories.map((c) => t(`category.${c}`));
      drawLatency(latency, runs, categories, labels);
      drawSuccess(success, runs, categories, labels);
      drawTokens(tokens, runs, categories, labels);
    },
  };
}

function engines(run) {
  return [...new Set((run.results ?? []).map((r) => r.engine))];
}

function cell(run, engine, category) {
  return (run.results ?? []).find((r) => r.engine === engine && r.category === category);
}

function stats(latencies) {
  const sorted = [...(latencies ?? [])].sort((a, b) => a - b);
  if (!sorted.length) return null;
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { min: sorted[0], median: at(0.5), max: sorted[sorted.length - 1] };
}

function name(engine, tag) {
  return tag ? `${engine} (${tag})` : engine;
}

function drawLatency(figure, runs, categories, labels) {
  // Per engine one slot per category: a light bar from the fastest to the slowest run and a thin
  // dark bar at the median, drawn over it (same stack on the category axis, values not summed).
  const series = [];
  runs.forEach(({ run, tag, alpha }) => engines(run).forEach((engine, i) => {
    series.push({ name: name(engine, tag), base: color(engine, i), alpha,
      stats: categories.map((c) => stats(cell(run, engine, c)?.latenciesMs)) });
  }));
  const top = Math.max(1, ...series.flatMap((s) => s.stats.map((x) => x?.max ?? 0)));
  const mark = top * 0.008;
  const datasets = [];
  const rows = [[t('bench.column.series'), ...labels]];
  for (const s of series) {
    datasets.push({ label: t('bench.median', { series: s.name }), stack: s.name,
      data: s.stats.map((x) => (x ? [Math.max(0, x.median - mark), x.median + mark] : null)),
      backgroundColor: `${s.base}${s.alpha}`, borderColor: `${s.base}${s.alpha}`, borderWidth: 1 });
    datasets.push({ label: t('bench.range', { series: s.name }), stack: s.name,
      data: s.stats.map((x) => (x ? [x.min, Math.max(x.max, x.min + mark)] : null)),
      backgroundColor: `${s.base}${s.alpha === 'ff' ? '47' : '1f'}`, borderColor: `${s.base}${s.alpha === 'ff' ? '99' : '4d'}`,
      borderWidth: 1 });
    rows.push([s.name, ...s.stats.map((x) => (x ? `${number(x.min, 1)}–${number(x.max, 1)} (${number(x.median, 1)})` : '–'))]);
  }
  figure.draw({ type: 'bar', data: { labels, datasets },
    options: { scales: { x: { stacked: true }, y: axis('unit.axisMs', { beginAtZero: true, stacked: false }) } } },
  t('bench.summary.latency'), rows);
}

function drawSuccess(figure, runs, categories, labels) {
  const datasets = [];
  const rows = [[t('bench.column.series'), ...labels]];
  runs.forEach(({ run, tag, alpha }) => engines(run).forEach((engine, i) => {
    const values = categories.map((c) => { const x = cell(run, engine, c); return x ? Math.round(x.successRate * 1000) / 10 : null; });
    datasets.push({ label: name(engine, tag), data: values, backgroundColor: `${color(engine, i)}${alpha}` });
    rows.push([name(engine, tag), ...values.map((v) => (v === null ? '–' : `${number(v, 1)} %`))]);
  }));
  figure.draw({ type: 'bar', data: { labels, datasets },
    options: { scales: { y: axis('unit.axisPercent', { beginAtZero: true, max: 100 }) } } },
  t('bench.summary.success', { series: rows.slice(1).map((r) => `${r[0]}: ${r.slice(1).join(', ')}`).join('; ') }), rows);
}

function drawTokens(figure, runs, categories, labels) {
  const datasets = [];
  const rows = [[t('bench.column.series'), ...labels]];
  runs.forEach(({ run, tag, alpha }) => engines(run).forEach((engine, i) => {
    const cells = categories.map((c) => cell(run, engine, c));
    const stack = name(engine, tag);
    datasets.push({ label: t('bench.tokensIn', { series: stack }), stack, data: cells.map((x) => x?.inputTokens ?? null),
      backgroundColor: `${color(engine, i)}${alpha}` });
    datasets.push({ label: t('bench.tokensOut', { series: stack }), stack, data: cells.map((x) => x?.outputTokens ?? null),
      backgroundColor: `${color(engine, i)}${alpha === 'ff' ? '99' : '40'}` });
    rows.push([stack, ...cells.map((x) => (x ? `${number(x.inputTokens)} + ${number(x.outputTokens)}` : '–'))]);
  }));
  figure.draw({ type: 'bar', data: { labels, datasets },
    options: { scales: { x: { stacked: true }, y: axis('unit.axisTokens', { stacked: true, beginAtZero: true }) } } },
  t('bench.summary.tokens'), rows);
}

function summaryTable(run, baseline) {
  const head = ['bench.column.engine', 'bench.column.count', 'bench.column.success', 'bench.column.p50',
    'bench.column.p95', 'bench.column.tokens'].map((k) => h('th', { scope: 'col', i18n: k }));
  const row = (s, tag) => h('tr', {}, h('th', { scope: 'row', text: name(s.engine, tag) }),
    h('td', { text: number(s.count) }), h('td', { text: `${number(s.successRate * 100, 1)} %` }),
    h('td', { text: number(s.latencyP50Ms, 1) }), h('td', { text: number(s.latencyP95Ms, 1) }),
    h('td', { text: `${number(s.inputTokens)} + ${number(s.outputTokens)}` }));
  const rows = [...(run.summary ?? []).map((s) => row(s, '')),
    ...(baseline?.summary ?? []).map((s) => row(s, t('bench.baselineTag')))];
  return h('table', { class: 'summary-table' }, h('caption', { i18n: 'bench.summaryCaption' }),
    h('thead', {}, h('tr', {}, ...head)), h('tbody', {}, ...rows));
}
