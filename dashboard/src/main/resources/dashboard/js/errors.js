// Turns what went wrong into a sentence that says what to do, in the current language.
import { ApiError } from './api.js';
import { RuntimeError } from './runtime.js';
import { t } from './i18n.js';

export function describe(error, context = {}) {
  if (error instanceof RuntimeError) {
    switch (error.status) {
      case 0: return t('error.runtime.unreachable', { endpoint: context.endpoint ?? '', message: error.message });
      case 401: return t('error.runtime.unauthorized', { message: error.message });
      case 403: return t('error.runtime.forbidden', { message: error.message });
      case 404: return t('error.runtime.notFound', { message: error.message });
      case 424: return t('error.runtime.agent', { message: error.message });
      case 429: return t('error.runtime.throttled', { message: error.message });
      default: return t('error.runtime.other', { status: error.status, type: error.type || 'Error', message: error.message });
    }
  }
  if (error instanceof ApiError) return t('error.api', { message: error.message });
  return t('error.unexpected', { message: error?.message ?? String(error) });
}
