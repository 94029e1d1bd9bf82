// One session's history as a list: each message with its tool calls (tool, arguments, result,
// duration, status), marked when the turn was stopped or failed.
import { h, pretty } from '../dom.js';
import { dateTime, number } from '../i18n.js';
import { resultText } from '../turn.js';

export function sessionMessages(messages) {
  if (messages.length === 0) return h('p', { class: 'hint', i18n: 'sessions.noMessages' });
  return h('ol', { class: 'history' }, ...messages.map(item));
}

function item(m) {
  const role = m.role === 'user' ? 'chat.you' : 'chat.agent';
  return h('li', { class: `message message-${m.role === 'user' ? 'user' : 'assistant'}` },
    h('span', { class: 'message-role', i18n: role, i18nArgs: { engine: m.engine ?? '' } }),
    h('span', { class: 'message-at', text: dateTime(m.at) }),
    (m.toolCalls ?? []).length ? toolCalls(m.toolCalls) : null,
    h('div', { class: 'message-text', text: m.text }),
    m.stopped ? h('p', { class: 'message-meta', i18n: 'chat.stoppedShort' }) : null,
    m.failed ? h('p', { class: 'message-error', text: m.failed }) : null);
}

function toolCalls(calls) {
  return h('ul', { class: 'tool-calls' }, ...calls.map((c) => h('li', { class: 'trace-entry', dataset: { tool: c.tool } },
    h('div', { class: 'trace-head' },
      h('span', { class: 'tool-name', text: c.tool }),
      h('span', { class: `badge badge-${c.status}`, i18n: `trace.status.${c.status}` }),
      c.durationMs !== undefined ? h('span', { class: 'duration', i18n: 'trace.duration', i18nArgs: { ms: number(c.durationMs) } }) : null),
    h('div', { class: 'trace-row' }, h('span', { class: 'trace-key', i18n: 'trace.arguments' }),
      h('pre', { class: 'code', text: pretty(c.arguments) })),
    c.result !== undefined ? h('div', { class: 'trace-row' }, h('span', { class: 'trace-key', i18n: 'trace.result' }),
      h('pre', { class: 'code', text: pretty(resultText(c.result)) })) : null)));
}
