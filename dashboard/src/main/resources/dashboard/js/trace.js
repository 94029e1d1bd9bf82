// The tool-call trace: one entry per tool call (tool, arguments, result, duration, status), plus
// a line for any other event kind the agent sends (e.g. a memory recall), shown as its JSON.
import { h, pretty, relabel } from './dom.js';
import { number } from './i18n.js';

export function toolCallEntry(call) {
  const status = h('span', { class: 'badge' });
  const duration = h('span', { class: 'duration' });
  const result = h('pre', { class: 'code' });
  const resultRow = h('div', { class: 'trace-row' }, h('span', { class: 'trace-key', i18n: 'trace.result' }), result);
  const el = h('li', { class: 'trace-entry', dataset: { tool: call.tool } },
    h('div', { class: 'trace-head' }, h('span', { class: 'tool-name', text: call.tool }), status, duration),
    h('div', { class: 'trace-row' }, h('span', { class: 'trace-key', i18n: 'trace.arguments' }),
      h('pre', { class: 'code', text: pretty(call.arguments) })),
    resultRow);
  const update = (c) => {
    relabel(status, `trace.status.${knownStatus(c.status)}`);
    status.className = `badge badge-${knownStatus(c.status)}`;
    if (c.durationMs !== null && c.durationMs !== undefined) {
      relabel(duration, 'trace.duration', { ms: number(c.durationMs) });
    }
    resultRow.hidden = c.result === undefined;
    result.textContent = pretty(c.result);
  };
  update(call);
  return { el, update };
}

function knownStatus(status) {
  return ['running', 'success', 'error', 'pending'].includes(status) ? status : 'unknown';
}

/**
 * An event that is not text or a tool call: memory's recall (the records it found, with scores)
 * and warnings get their own lines; any other kind shows its type and JSON, as text.
 */
export function otherEventEntry(event) {
  const type = typeof event.type === 'string' ? event.type : '?';
  const details = h('details', {}, h('summary', { i18n: 'trace.details' }), h('pre', { class: 'code', text: pretty(event) }));
  if (type === 'memory_recall') {
    const records = Array.isArray(event.records) ? event.records : [];
    return h('li', { class: 'trace-entry trace-memory', dataset: { eventType: type } },
      h('div', { class: 'trace-head' }, h('span', { class: 'badge badge-memory', i18n: 'trace.memoryRecall', i18nArgs: { count: records.length } })),
      records.length ? h('ul', { class: 'memory-records' }, ...records.map((r) => h('li', {},
        h('span', { text: String(r?.text ?? '') }), ' ',
        h('span', { class: 'duration', i18n: 'trace.score', i18nArgs: { score: Number(r?.score ?? 0).toFixed(2) } })))) : null,
      details);
  }
  if (type === 'memory_warning') {
    return h('li', { class: 'trace-entry trace-warning', dataset: { eventType: type } },
      h('div', { class: 'trace-head' }, h('span', { class: 'badge badge-busy', i18n: 'trace.memoryWarning',
        i18nArgs: { operation: String(event.operation ?? '?') } })),
      h('p', { class: 'trace-message', text: String(event.message ?? '') }), details);
  }
  const key = /memory/i.test(type) ? 'trace.memory' : 'trace.event';
  return h('li', { class: 'trace-entry trace-other', dataset: { eventType: type } },
    h('div', { class: 'trace-head' }, h('span', { i18n: key, i18nArgs: { type } })), details);
}
