// One chat turn as data: what the agent streamed (text, tool calls with results and timing, usage,
// errors, other event kinds) and the events that record it in the backend's session log.

export class Turn {
  constructor(prompt, engine) {
    this.prompt = prompt;
    this.engine = engine;
    this.text = '';
    this.reasoning = '';
    this.toolCalls = new Map();
    this.others = [];
    this.usage = null;
    this.stopReason = null;
    this.error = null;
    this.stopped = false;
    this.startedAt = performance.now();
    this.elapsedMs = 0;
  }

  /**
   * Folds one event in and says what changed: 'text', 'reasoning', 'tool', 'usage', 'finished',
   * 'error' or 'other' (a kind this page does not know, e.g. memory recall; kept and shown as it is).
   */
  apply(event) {
    switch (event.type) {
      case 'text_delta':
        this.text += String(event.text ?? '');
        return 'text';
      case 'reasoning_delta':
        this.reasoning += String(event.text ?? '');
        return 'reasoning';
      case 'tool_call': {
        const id = String(event.tool_use_id ?? `call-${this.toolCalls.size + 1}`);
        this.toolCalls.set(id, { id, tool: String(event.name ?? '?'), arguments: event.input ?? {}, status: 'running' });
        return 'tool';
      }
      case 'tool_result': {
        const id = String(event.tool_use_id ?? '');
        const call = this.toolCalls.get(id) ?? { id, tool: String(event.name ?? '?'), arguments: {} };
        Object.assign(call, {
          content: event.content ?? [],
          result: resultText(event.content),
          status: String(event.status ?? 'success'),
          durationMs: Number.isFinite(event.duration_ms) ? event.duration_ms : null,
        });
        this.toolCalls.set(id, call);
        return 'tool';
      }
      case 'usage':
        this.usage = event.usage ?? null;
        return 'usage';
      case 'finished':
        this.usage = event.usage ?? this.usage;
        this.stopReason = event.stop_reason ?? null;
        if (event.engine) this.engine = event.engine;
        return 'finished';
      case 'error':
        this.error = String(event.message ?? 'the agent reported an error');
        return 'error';
      default:
        this.others.push(event);
        return 'other';
    }
  }

  finish({ stopped = false, error = null } = {}) {
    this.stopped = stopped;
    if (error) this.error = error;
    this.elapsedMs = Math.round(performance.now() - this.startedAt);
    for (const call of this.toolCalls.values()) {
      if (call.status === 'running') call.status = 'pending';
    }
  }

  /** What the backend log gets after the turn (the user's message was recorded when it was sent). */
  logEvents() {
    const log = [];
    for (const call of this.toolCalls.values()) {
      log.push({ type: 'ToolCallRequested', toolUseId: call.id, tool: call.tool, arguments: call.arguments });
      if (call.result !== undefined) {
        log.push({ type: 'ToolCallCompleted', toolUseId: call.id, result: call.content,
          status: call.status === 'error' ? 'error' : 'success', durationMs: Math.max(0, Math.round(call.durationMs ?? 0)) });
      }
    }
    if (this.text.trim()) {
      log.push({ type: 'MessageAdded', role: 'assistant', text: this.text, engine: this.engine });
    }
    if (this.stopped) {
      log.push({ type: 'TurnStopped', reason: 'stopped in the dashboard' });
    } else if (this.error) {
      log.push({ type: 'TurnFailed', message: this.error.slice(0, 1000) });
    }
    return log;
  }
}

/** The container sends a tool result as [{text}|{json}] parts; the log and the trace keep text. */
export function resultText(content) {
  if (content === undefined || content === null) return '';
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return JSON.stringify(content);
  return content.map((part) => (typeof part?.text === 'string' ? part.text : JSON.stringify(part?.json ?? part))).join('\n');
}
