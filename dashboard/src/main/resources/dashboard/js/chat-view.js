// How a conversation looks: user and assistant messages, the streaming answer (announced to screen
// readers when it is complete: aria-live with aria-busy while it streams), per-turn metadata.
import { h, relabel } from './dom.js';
import { number } from './i18n.js';
import { otherEventEntry, toolCallEntry } from './trace.js';
import { resultText } from './turn.js';

export function userMessage(text) {
  return h('li', { class: 'message message-user' },
    h('span', { class: 'message-role', i18n: 'chat.you' }), h('div', { class: 'message-text', text }));
}

/** An assistant message that fills as events arrive; trace entries go to traceList. */
export function assistantMessage(traceList, engine) {
  const body = h('div', { class: 'message-text', 'aria-live': 'polite', 'aria-busy': 'true' });
  const reasoning = h('details', { class: 'reasoning', hidden: true },
    h('summary', { i18n: 'chat.reasoning' }), h('pre', { class: 'code' }));
  const meta = h('p', { class: 'message-meta' });
  const error = h('p', { class: 'message-error', role: 'alert', hidden: true });
  const typing = h('span', { class: 'typing', i18n: 'chat.thinking' });
  const el = h('li', { class: 'message message-assistant', dataset: { engine } },
    h('span', { class: 'message-role', i18n: 'chat.agent', i18nArgs: { engine } }), typing, reasoning, body, error, meta);
  const entries = new Map();

  return {
    el,
    render(turn, change, event) {
      if (change === 'text') {
        typing.hidden = true;
        body.textContent = turn.text;
      } else if (change === 'reasoning') {
        reasoning.hidden = false;
        reasoning.querySelector('pre').textContent = turn.reasoning;
      } else if (change === 'tool') {
        for (const call of turn.toolCalls.values()) {
          if (!entries.has(call.id)) {
            const entry = toolCallEntry(call);
            entries.set(call.id, entry);
            traceList.append(entry.el);
          }
          entries.get(call.id).update(call);
        }
      } else if (change === 'error') {
        showError(error, turn.error);
      } else if (change === 'other') {
        traceList.append(otherEventEntry(event));
      }
    },
    finish(turn) {
      typing.hidden = true;
      body.setAttribute('aria-busy', 'false');
      if (!turn.text && !turn.error && !turn.stopped) relabel(body, 'chat.empty');
      if (turn.error) showError(error, turn.error);
      for (const call of turn.toolCalls.values()) entries.get(call.id)?.update(call);
      const tokens = turn.usage ? number((turn.usage.input_tokens ?? 0) + (turn.usage.output_tokens ?? 0)) : '–';
      relabel(meta, turn.stopped ? 'chat.meta.stopped' : 'chat.meta', {
        engine: turn.engine, ms: number(turn.elapsedMs), tokens,
      });
      el.classList.toggle('message-stopped', turn.stopped);
    },
  };
}

function showError(el, message) {
  el.hidden = false;
  el.textContent = message;
}

/** A message from the session history (GET /api/sessions/{id}); its tool calls go to traceList. */
export function historyMessage(message, traceList) {
  if (message.role === 'user') return userMessage(message.text);
  for (const call of message.toolCalls ?? []) {
    traceList.append(toolCallEntry({
      tool: call.tool, arguments: call.arguments, result: call.result === undefined ? undefined : resultText(call.result),
      durationMs: call.durationMs ?? null, status: call.status ?? 'success',
    }).el);
  }
  const engine = message.engine || '';
  const el = h('li', { class: `message message-assistant${message.stopped ? ' message-stopped' : ''}` },
    h('span', { class: 'message-role', i18n: 'chat.agent', i18nArgs: { engine } }),
    h('div', { class: 'message-text', text: message.text }));
  if (message.stopped) el.append(h('p', { class: 'message-meta', i18n: 'chat.stoppedShort' }));
  if (message.failed) el.append(h('p', { class: 'message-error', text: message.failed }));
  return el;
}
