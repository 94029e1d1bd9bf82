// The AgentCore Runtime data plane, called from the browser exactly as any browser client of
// AgentCore would: POST {endpoint}/runtimes/{URL-encoded ARN}/invocations?qualifier=DEFAULT with
// the session header, Accept: text/event-stream, and a Bearer token when one is configured. The
// same code reaches the local twin and AWS; only the endpoint, ARN and token differ.
import { events } from './sse.js';

export const SESSION_HEADER = 'X-Amzn-Bedrock-AgentCore-Runtime-Session-Id';

export class RuntimeError extends Error {
  constructor(status, type, message) {
    super(message);
    this.status = status;
    this.type = type;
  }
}

export function invocationUrl(endpoint, runtimeArn, qualifier = 'DEFAULT') {
  const base = endpoint.replace(/\/+$/, '');
  return `${base}/runtimes/${encodeURIComponent(runtimeArn)}/invocations?qualifier=${encodeURIComponent(qualifier)}`;
}

/**
 * Runs one turn and yields the agent's events as they arrive. Aborting signal closes the
 * connection; the runtime cancels the turn when its caller goes away.
 */
export async function* invoke({ endpoint, runtimeArn, sessionId, jwt, payload, signal }) {
  const headers = {
    'Content-Type': 'application/json',
    Accept: 'text/event-stream',
    [SESSION_HEADER]: sessionId,
  };
  if (jwt) headers.Authorization = `Bearer ${jwt}`;
  let response;
  try {
    response = await fetch(invocationUrl(endpoint, runtimeArn), {
      method: 'POST', headers, body: JSON.stringify(payload), signal, mode: 'cors', credentials: 'omit',
    });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new RuntimeError(0, 'unreachable', `${endpoint}: ${e.message}`);
  }
  if (!response.ok) {
    throw await failure(response);
  }
  const type = response.headers.get('Content-Type') || '';
  if (!type.startsWith('text/event-stream')) {
    // An agent that answers JSON: show its answer as one text event.
    const body = await response.text();
    let answer = body;
    try { answer = JSON.parse(body).response ?? body; } catch { /* plain text */ }
    yield { type: 'text_delta', text: String(answer) };
    return;
  }
  yield* events(response.body);
}

async function failure(response) {
  const type = response.headers.get('x-amzn-ErrorType') || '';
  let message = '';
  try {
    const body = await response.json();
    message = body.message || body.Message || body.error?.message || (typeof body.error === 'string' ? body.error : '');
  } catch { /* no JSON body */ }
  return new RuntimeError(response.status, type.split(':')[0], message || `HTTP ${response.status}`);
}
