// Chart.js (from its WebJar, loaded as a classic script: window.Chart) with what every chart here
// needs: engine colours that keep 4.5:1 against white, a caption, a text summary for screen
// readers (role="img" + aria-label) and the numbers as a table under a disclosure.
import { h } from './dom.js';
import { t } from './i18n.js';

const PALETTE = ['#0b57d0', '#b3261e', '#146c2e', '#7c4dff', '#8a5300', '#006a6a'];
const ENGINE_COLORS = { strands: PALETTE[0], langchain4j: PALETTE[1] };

export function color(key, index = 0) {
  return ENGINE_COLORS[key] ?? PALETTE[index % PALETTE.length];
}

/** A figure that can (re)draw one chart: {el, draw(config, summary, table)}. */
export function chartFigure(id, captionKey) {
  const canvas = h('canvas', { id, role: 'img' });
  const table = h('div', { class: 'table-wrap' });
  const el = h('figure', { class: 'chart', dataset: { chart: id } },
    h('figcaption', { i18n: captionKey }),
    h('div', { class: 'chart-box' }, canvas),
    h('details', { class: 'chart-data' }, h('summary', { i18n: 'chart.data' }), table));
  let chart = null;
  return {
    el,
    draw(config, summary, rows) {
      chart?.destroy();
      canvas.setAttribute('aria-label', summary);
      chart = new window.Chart(canvas, withDefaults(config));
      table.replaceChildren(dataTable(rows));
      el.dataset.drawn = 'true';
    },
    clear() {
      chart?.destroy();
      chart = null;
      delete el.dataset.drawn;
    },
  };
}

function withDefaults(config) {
  return {
    ...config,
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      // A slot with no value (an engine or run without that category) takes no room in its group.
      datasets: { bar: { skipNull: true } },
      ...config.options,
      plugins: { legend: { position: 'bottom', labels: { color: '#1a1f2b' } }, ...config.options?.plugins },
    },
  };
}

/** rows: [[header...], [cell...], ...] */
function dataTable(rows) {
  const [head, ...body] = rows;
  return h('table', {},
    h('thead', {}, h('tr', {}, ...head.map((c) => h('th', { scope: 'col', text: c })))),
    h('tbody', {}, ...body.map((r) => h('tr', {}, ...r.map((c, i) => (i === 0 ? h('th', { scope: 'row', text: c }) : h('td', { text: c })))))));
}

export function axis(titleKey, extra = {}) {
  return { title: { display: true, text: t(titleKey), color: '#1a1f2b' }, ticks: { color: '#333a47' }, ...extra };
}
