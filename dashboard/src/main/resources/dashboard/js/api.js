// The backend's REST API under /api/ (same origin). Errors arrive as
// {"error": {"code", "message"}} and are thrown as ApiError with that message.

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

export async function api(method, path, body, { signal } = {}) {
  const init = { method, headers: { Accept: 'application/json' }, signal };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(`/api${path}`, init);
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, 'unreachable', `the dashboard's API did not answer (${e.message}): is ./ac4j up still running?`);
  }
  const text = await response.text();
  let json = null;
  if (text) {
    try { json = JSON.parse(text); } catch { json = null; }
  }
  if (!response.ok) {
    const error = json && json.error;
    throw new ApiError(response.status, error?.code ?? `http_${response.status}`,
      error?.message ?? `${method} /api${path} answered ${response.status}`);
  }
  return json;
}

export const get = (path, options) => api('GET', path, undefined, options);
export const post = (path, body, options) => api('POST', path, body ?? {}, options);
export const put = (path, body) => api('PUT', path, body);
export const del = (path) => api('DELETE', path);
