import { safeParse } from 'zod/mini';
import '../zod-config';
import { PaperState, RESPONSES, SavedFlag, type Request } from './messages';

/**
 * Validates a background response against the schema of its request type. Returns the parsed
 * response, or null when it does not match.
 */
export function checkResponse(type: Request['type'], raw: unknown): unknown {
  const parsed = safeParse(RESPONSES[type], raw);
  return parsed.success ? parsed.data : null;
}

/** Validates one stored state of a `papers/upsert` response. Returns it, or null when it does not match. */
export function checkPaperState(raw: unknown): PaperState | null {
  const parsed = safeParse(PaperState, raw);
  return parsed.success ? parsed.data : null;
}

/** Validates the id and saved flag of one stored state. Returns them, or null when they do not match. */
export function checkSavedFlag(raw: unknown): SavedFlag | null {
  const parsed = safeParse(SavedFlag, raw);
  return parsed.success ? parsed.data : null;
}
