// The chat's switches: engine, model, session picker, new session. With the backend in agentcore
// mode the model switch is the runtime's: "the runtime's default" (its AC4J_MODEL, nothing sent) or a
// provider sent as "model" with each turn, remembered in this browser. Otherwise it is the backend's
// provider setting, which runs the chat.
import { get } from '../api.js';
import { config, loadConfig } from '../config.js';
import { h, field } from '../dom.js';
import { describe } from '../errors.js';
import { t } from '../i18n.js';
import { announce } from '../shell.js';
import { saveProvider } from '../settings-store.js';
import { callsRuntime } from '../transport.js';

export function chatControls({ onEngine, onModel, onSession, onNew, onError }) {
  const cfg = config();
  const engine = h('select', { id: 'chat-engine', on: { change: () => onEngine(engine.value) } },
    ...cfg.engines.map((id) => h('option', { value: id, text: id })));
  engine.value = cfg.defaultEngine ?? cfg.engines[0];
  const runtime = callsRuntime(cfg);
  const model = h('select', { id: 'chat-model', on: { change: () => changeModel(model.value) } },
    ...(runtime ? [h('option', { value: '', i18n: 'chat.model.runtimeDefault' })] : []),
    ...cfg.models.map((id) => h('option', { value: id, i18n: `model.${id}` })));
  model.value = runtime ? storedModel(cfg.models) : cfg.provider;
  const session = h('select', { id: 'chat-session', on: { change: () => onSession(session.value) } });
  const fresh = h('button', { type: 'button', i18n: 'chat.newSession', on: { click: onNew } });
  // The model's hint sits under the toolbar, so the four controls line up.
  const hint = h('p', { class: 'hint', id: 'chat-model-hint',
    i18n: runtime ? 'chat.modelHint.runtime' : 'chat.modelHint.backend' });
  model.setAttribute('aria-describedby', hint.id);
  const el = h('div', {},
    h('div', { class: 'toolbar' }, field('chat.engine', engine), field('chat.model', model), field('chat.session', session),
      h('div', { class: 'field field-button' }, fresh)),
    hint);

  async function changeModel(provider) {
    if (runtime) {
      try { localStorage.setItem(RUNTIME_MODEL, provider); } catch { /* storage disabled */ }
      const label = provider ? t(`model.${provider}`) : t('chat.model.runtimeDefault');
      if (!onModel(label)) announce(t('chat.modelSwitched', { model: label }));
      return;
    }
    try {
      await saveProvider(provider);
      await loadConfig();
      announce(t('chat.modelSwitched', { model: t(`model.${provider}`) }));
    } catch (e) {
      model.value = config().provider;
      onError(describe(e));
    }
  }

  return {
    el,
    engine: () => engine.value,
    /** The model to ask the runtime for, or '' (its default; always '' when the backend runs the chat). */
    model: () => (runtime ? model.value : ''),
    setEngine(id) {
      if (id && [...engine.options].some((o) => o.value === id)) engine.value = id;
    },
    setBusy(busy) {
      for (const control of [engine, model, session, fresh]) control.disabled = busy;
    },
    /** Re-reads the session list; current stays selected even when it has ended. */
    async refresh(current) {
      let sessions = [];
      try {
        sessions = (await get('/sessions')).sessions ?? [];
      } catch (e) {
        onError(describe(e));
      }
      const options = [h('option', { value: '', i18n: 'chat.session.new' })];
      for (const s of sessions) {
        if (s.ended && s.sessionId !== current) continue;
        const option = h('option', { value: s.sessionId,
          i18n: s.ended ? 'chat.session.optionEnded' : 'chat.session.option',
          i18nArgs: { title: s.title || s.sessionId.slice(0, 13), engine: s.engine, count: s.messageCount } });
        options.push(option);
      }
      session.replaceChildren(...options);
      session.value = current ?? '';
      if (!runtime) model.value = config().provider;
    },
  };
}

const RUNTIME_MODEL = 'ac4j.chat.model';

function storedModel(models) {
  let stored = '';
  try { stored = localStorage.getItem(RUNTIME_MODEL) ?? ''; } catch { /* storage disabled */ }
  return models.includes(stored) ? stored : '';
}

