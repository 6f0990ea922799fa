// Turns what a handler returns or throws into an ApiResult, with messages in both languages.
import type { ApiError, ApiResult } from '../../core/api.ts';
import { DpiaError, isDpiaError } from '../../core/errors.ts';

export const ok = <T>(value: T): ApiResult<T> => ({ ok: true, value });

export function toApiError(error: unknown): ApiError {
  if (isDpiaError(error))
    return { code: error.code, message: { fr: error.localized('fr'), en: error.localized('en') } };
  const detail = error instanceof Error ? error.message.split('\n')[0]! : String(error);
  const unexpected = new DpiaError('unexpected', { detail });
  return { code: 'unexpected', message: { fr: unexpected.localized('fr'), en: unexpected.localized('en') } };
}

export async function guard<T>(action: () => Promise<T>): Promise<ApiResult<T>> {
  try {
    return ok(await action());
  } catch (error) {
    return { ok: false, error: toApiError(error) };
  }
}
