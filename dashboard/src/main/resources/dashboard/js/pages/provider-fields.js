// The options each model provider takes (the backend's providerOptions), as labelled inputs.
// Secret options are password fields; left empty they keep the stored secret.
import { h, field } from '../dom.js';

export const PROVIDER_OPTIONS = {
  offline: [],
  bedrock: [{ key: 'modelId' }, { key: 'region' }, { key: 'endpoint', type: 'url' }],
  openai: [{ key: 'baseUrl', type: 'url' }, { key: 'model' }, { key: 'apiKey', secret: true }],
  anthropic: [{ key: 'model' }, { key: 'apiKey', secret: true }, { key: 'baseUrl', type: 'url' }, { key: 'maxTokens', type: 'number' }],
};

export function providerFields() {
  const el = h('div', { class: 'provider-options' });
  let inputs = [];
  return {
    el,
    show(provider, stored) {
      const options = PROVIDER_OPTIONS[provider] ?? [];
      inputs = options.map((o) => {
        const input = h('input', { id: `option-${o.key}`, type: o.secret ? 'password' : (o.type ?? 'text'),
          autocomplete: 'off', spellcheck: 'false', dataset: { key: o.key, secret: o.secret ? 'true' : 'false' } });
        if (o.secret) {
          input.placeholder = stored[o.key] ?? '';
        } else if (stored[o.key] !== undefined) {
          input.value = String(stored[o.key]);
        }
        return { option: o, input };
      });
      el.replaceChildren(...(inputs.length
        ? inputs.map(({ option, input }) => field(`option.${option.key}`, input, option.secret ? 'settings.secretHint' : null))
        : [h('p', { class: 'hint', i18n: 'settings.noOptions' })]));
    },
    /** The options to send: typed values; secrets left empty are sent back masked (kept). */
    values(stored) {
      const out = {};
      for (const { option, input } of inputs) {
        const value = input.value.trim();
        if (value) {
          out[option.key] = option.type === 'number' ? Number(value) : value;
        } else if (option.secret && stored[option.key]) {
          out[option.key] = stored[option.key];
        }
      }
      return out;
    },
  };
}
