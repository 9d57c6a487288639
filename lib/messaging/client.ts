import { safeParse } from 'zod/mini';
import { log } from '../log';
import { Request, RESPONSES, type ResponseFor } from './messages';

/**
 * Sends a request to the background and validates the response. Transport failures (the
 * background restarting, the extension reloaded) come back as `ok: false`, never as a throw.
 */
export async function sendRequest<R extends Request>(request: R): Promise<ResponseFor<R['type']>> {
  const checked = safeParse(Request, request);
  if (!checked.success) return failure('invalid-message', `invalid ${request.type} request`) as ResponseFor<R['type']>;
  let raw: unknown;
  try {
    raw = await browser.runtime.sendMessage(request);
  } catch (error) {
    log.warn(`${request.type} failed to reach the background`, error);
    return failure('internal', 'The extension background is not reachable. Reload the page.') as ResponseFor<R['type']>;
  }
  const schema = RESPONSES[request.type];
  const response = safeParse(schema, raw);
  if (!response.success) {
    log.warn(`${request.type}: invalid response from the background`, raw);
    return failure('invalid-message', `invalid response to ${request.type}`) as ResponseFor<R['type']>;
  }
  return response.data as ResponseFor<R['type']>;
}

function failure(code: 'invalid-message' | 'internal', error: string) {
  return { ok: false as const, code, error };
}
