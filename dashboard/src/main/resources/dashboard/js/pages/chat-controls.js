// The chat's switches: engine, model, session picker, new session.
import { get } from '../api.js';
import { config, loadConfig } from '../config.js';
import { h, field } from '../dom.js';
import { describe } from '../errors.js';
import { t } from '../i18n.js';
import { announce } from '../shell.js';
import { saveProvider } from '../settings-store.js';
import { callsRuntime } from '../transport.js';

export function chatControls({ onEngine, onSession, onNew, onError }) {
  const cfg = config();
  const engine = h('select', { id: 'chat-engine', on: { change: () => onEngine(engine.value) } },
    ...cfg.engines.map((id) => h('option', { value: id, text: id })));
  engine.value = cfg.defaultEngine ?? cfg.engines[0];
  const model = h('select', { id: 'chat-model', on: { change: () => changeModel(model.value) } },
    ...cfg.models.map((id) => h('option', { value: id, i18n: `model.${id}` })));
  model.value = cfg.provider;
  const session = h('select', { id: 'chat-session', on: { change: () => onSession(session.value) } });
  const fresh = h('button', { type: 'button', i18n: 'chat.newSession', on: { click: onNew } });
  // The model's hint sits under the toolbar, so the four controls line up.
  const hint = h('p', { class: 'hint', id: 'chat-model-hint',
    i18n: callsRuntime(cfg) ? 'chat.modelHint.runtime' : 'chat.modelHint.backend' });
  model.setAttribute('aria-describedby', hint.id);
  const el = h('div', {},
    h('div', { class: 'toolbar' }, field('chat.engine', engine), field('chat.model', model), field('chat.session', session),
      h('div', { class: 'field field-button' }, fresh)),
    hint);

  async function changeModel(provider) {
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
      model.value = config().provider;
    },
  };
}

