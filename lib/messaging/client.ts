import { log } from '../log';
import type { Request, ResponseFor } from './messages';

/**
 * Sends a request to the background and validates the response. The request is typed here and
 * validated by the background, which receives it. Transport failures (the background restarting,
 * the extension reloaded) come back as `ok: false`, never as a throw.
 *
 * The response schemas are imported on the first response, not when the script loads: building
 * zod schemas is the largest part of a content script's start-up.
 */
export async function sendRequest<R extends Request>(request: R): Promise<ResponseFor<R['type']>> {
  let raw: unknown;
  try {
    raw = await browser.runtime.sendMessage(request);
  } catch (error) {
    log.warn(`${request.type} failed to reach the background`, error);
    return failure('internal', 'The extension background is not reachable. Reload the page.') as ResponseFor<R['type']>;
  }
  const { checkResponse } = await import('./response-check');
  const response = checkResponse(request.type, raw);
  if (response === null) {
    log.warn(`${request.type}: invalid response from the background`, raw);
    return failure('invalid-message', `invalid response to ${request.type}`) as ResponseFor<R['type']>;
  }
  return response as ResponseFor<R['type']>;
}

function failure(code: 'invalid-message' | 'internal', error: string) {
  return { ok: false as const, code, error };
}
