// Where a chat turn goes. With the backend in agentcore mode (./ac4j up) the browser calls the
// runtime's data plane itself, as any browser client of AgentCore Runtime would, and then records
// the turn in the backend's log. In direct or mock mode there is no runtime to call: the turn goes
// through the backend's own stream (POST /api/sessions/{id}/messages), which records it itself.
import { ApiError } from './api.js';
import { invoke } from './runtime.js';
import { events } from './sse.js';

/** The data-plane endpoint: the configured URL, or AgentCore's regional endpoint for "aws". */
export function dataPlane(cfg) {
  if (cfg.endpoint === 'aws') return `https://bedrock-agentcore.${cfg.region}.amazonaws.com`;
  return cfg.endpoint;
}

export function callsRuntime(cfg) {
  return cfg.mode === 'agentcore';
}

/** Yields the turn's events; abort signal to stop it. model goes to the runtime (the backend uses its settings). */
export async function* streamTurn({ cfg, jwt, sessionId, prompt, engine, model, signal }) {
  if (callsRuntime(cfg)) {
    yield* invoke({ endpoint: dataPlane(cfg), runtimeArn: cfg.runtimeArn, sessionId, jwt,
      payload: model ? { prompt, engine, model } : { prompt, engine }, signal });
    return;
  }
  const response = await fetch(`/api/sessions/${encodeURIComponent(sessionId)}/messages`, {
    method: 'POST', signal,
    headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
    body: JSON.stringify({ text: prompt, engine }),
  });
  if (!response.ok) {
    let error = {};
    try { error = (await response.json()).error ?? {}; } catch { /* not JSON */ }
    throw new ApiError(response.status, error.code ?? `http_${response.status}`, error.message ?? `HTTP ${response.status}`);
  }
  yield* events(response.body);
}
