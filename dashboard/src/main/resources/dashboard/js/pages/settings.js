// Settings: the model provider and its options, the AgentCore endpoint (the local twin or AWS),
// the runtime ARN and region, and the JWT for runtimes with a JWT authorizer. Kept by the backend;
// secrets come back masked, and a secret field left empty keeps what is stored.
import { get, put } from '../api.js';
import { loadConfig, setJwt } from '../config.js';
import { h, field, relabel } from '../dom.js';
import { describe } from '../errors.js';
import { t } from '../i18n.js';
import { announce } from '../shell.js';
import { PROVIDER_OPTIONS, providerFields } from './provider-fields.js';

const state = { root: null, stored: null };
let ui = null;

export const title = 'nav.settings';

export function mount() {
  if (state.root) return state.root;
  ui = {
    provider: h('select', { id: 'settings-provider', on: { change: () => ui.options.show(ui.provider.value, {}) } },
      ...Object.keys(PROVIDER_OPTIONS).map((p) => h('option', { value: p, i18n: `model.${p}` }))),
    options: providerFields(),
    local: h('input', { type: 'radio', name: 'endpoint-kind', id: 'settings-endpoint-local', value: 'local', on: { change: kind } }),
    aws: h('input', { type: 'radio', name: 'endpoint-kind', id: 'settings-endpoint-aws', value: 'aws', on: { change: kind } }),
    endpoint: h('input', { type: 'url', id: 'settings-endpoint', autocomplete: 'off', spellcheck: 'false' }),
    region: h('input', { type: 'text', id: 'settings-region', autocomplete: 'off', spellcheck: 'false' }),
    arn: h('input', { type: 'text', id: 'settings-arn', autocomplete: 'off', spellcheck: 'false' }),
    jwt: h('input', { type: 'password', id: 'settings-jwt', autocomplete: 'off', spellcheck: 'false' }),
    jwtStored: h('p', { class: 'hint', id: 'settings-jwt-stored' }),
    error: h('div', { class: 'alert', role: 'alert', hidden: true }),
    status: h('p', { class: 'status', role: 'status' }),
  };
  ui.jwt.setAttribute('aria-describedby', 'settings-jwt-stored settings-jwt-hint');
  ui.removeJwt = h('button', { type: 'button', i18n: 'settings.jwtRemove', on: { click: () => save({ jwt: '' }) } });
  state.root = h('section', { class: 'page page-settings', 'aria-labelledby': 'settings-title' },
    h('h1', { id: 'settings-title', tabindex: -1, i18n: 'settings.title' }),
    h('form', { class: 'stack settings-form', on: { submit: (e) => { e.preventDefault(); save({}); } } },
      h('fieldset', {}, h('legend', { i18n: 'settings.model' }), field('settings.provider', ui.provider), ui.options.el),
      h('fieldset', {}, h('legend', { i18n: 'settings.endpoint' }),
        h('div', { class: 'radios', role: 'radiogroup', label: 'settings.endpointKind' },
          h('label', { class: 'check' }, ui.local, ' ', h('span', { i18n: 'settings.endpointLocal' })),
          h('label', { class: 'check' }, ui.aws, ' ', h('span', { i18n: 'settings.endpointAws' }))),
        field('settings.endpointUrl', ui.endpoint, 'settings.endpointHint'),
        field('settings.region', ui.region),
        field('settings.arn', ui.arn, 'settings.arnHint')),
      h('fieldset', {}, h('legend', { i18n: 'settings.auth' }),
        h('div', { class: 'field' }, h('label', { for: 'settings-jwt', i18n: 'settings.jwt' }), ui.jwt, ui.jwtStored,
          h('p', { class: 'hint', id: 'settings-jwt-hint', i18n: 'settings.jwtHint' })),
        h('div', {}, ui.removeJwt)),
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', i18n: 'settings.save' }))),
    ui.error, ui.status);
  return state.root;
}

export async function show() {
  // Until the stored settings are in, nothing can be changed (a late answer would undo the change).
  const controls = [...state.root.querySelectorAll('form input, form select, form button')];
  controls.forEach((c) => { c.disabled = true; });
  state.root.setAttribute('aria-busy', 'true');
  try {
    const settings = await get('/settings');
    controls.forEach((c) => { c.disabled = false; });
    fill(settings);
  } catch (e) {
    controls.forEach((c) => { c.disabled = false; });
    fail(e);
  } finally {
    state.root.setAttribute('aria-busy', 'false');
  }
}

function fill(s) {
  state.stored = s;
  ui.provider.value = s.provider;
  ui.options.show(s.provider, s.providerOptions ?? {});
  const aws = s.endpoint === 'aws';
  ui.local.checked = !aws;
  ui.aws.checked = aws;
  if (!aws) ui.endpoint.value = s.endpoint ?? '';
  ui.region.value = s.region ?? '';
  ui.arn.value = s.runtimeArn ?? '';
  ui.jwt.value = '';
  relabel(ui.jwtStored, s.jwt ? 'settings.jwtStored' : 'settings.jwtNone', { masked: s.jwt ?? '' });
  ui.removeJwt.disabled = !s.jwt;
  kind();
}

function kind() {
  ui.endpoint.disabled = ui.aws.checked;
}

async function save(overrides) {
  ui.error.hidden = true;
  ui.status.textContent = '';
  const body = {
    provider: ui.provider.value,
    providerOptions: ui.options.values(state.stored?.provider === ui.provider.value ? state.stored.providerOptions ?? {} : {}),
    runtimeArn: ui.arn.value.trim(),
  };
  // Left empty, the endpoint and region fall back to the ones the backend started with.
  const endpoint = ui.aws.checked ? 'aws' : ui.endpoint.value.trim();
  if (endpoint) body.endpoint = endpoint;
  if (ui.region.value.trim()) body.region = ui.region.value.trim();
  const typed = ui.jwt.value.trim();
  if (typed) body.jwt = typed;
  Object.assign(body, overrides);
  try {
    fill(await put('/settings', body));
    if ('jwt' in body) setJwt(body.jwt);
    await loadConfig();
    relabel(ui.status, 'settings.saved');
    announce(t('settings.saved'));
  } catch (e) {
    fail(e);
  }
}

function fail(e) {
  ui.error.hidden = false;
  ui.error.textContent = describe(e);
}

