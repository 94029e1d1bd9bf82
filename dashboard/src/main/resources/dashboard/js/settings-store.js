// Reading and writing the backend's settings. PUT replaces every field, so a change to one field
// sends the others back as they are (masked secrets sent back unchanged keep the stored ones).
import { get, put } from './api.js';

export async function saveProvider(provider) {
  const current = await get('/settings');
  if (current.provider === provider) return current;
  return put('/settings', { ...editable(current), provider, providerOptions: {} });
}

export function editable(settings) {
  const out = { provider: settings.provider, providerOptions: settings.providerOptions ?? {} };
  for (const key of ['endpoint', 'runtimeArn', 'region', 'jwt']) {
    if (settings[key] !== undefined) out[key] = settings[key];
  }
  return out;
}
