// What the chat needs to call the runtime directly: endpoint, runtime ARN, region, engines and
// models from GET /api/config; the JWT from this browser tab (the backend never echoes a stored
// token back, so the token typed in Settings is also kept in sessionStorage for the chat's
// Authorization header).
import { get } from './api.js';

const JWT_KEY = 'ac4j.jwt';
let current = null;

export async function loadConfig() {
  current = await get('/config');
  return current;
}

export function config() {
  return current;
}

export function jwt() {
  try { return window.sessionStorage.getItem(JWT_KEY) || ''; } catch { return ''; }
}

export function setJwt(token) {
  try {
    if (token) window.sessionStorage.setItem(JWT_KEY, token); else window.sessionStorage.removeItem(JWT_KEY);
  } catch { /* storage disabled: the token lasts as long as the page */ }
}
