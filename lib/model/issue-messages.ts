import * as z from 'zod/mini';

const ENGLISH = z.locales.en().localeError;

/** The message of a field that an input leaves out. */
export const MISSING = 'missing';

/**
 * Writes zod issues in English for messages to users, because zod/mini reports every issue as
 * "Invalid input" by default. A field left out is "missing", not a type error about `undefined`.
 */
export const issueMessages: z.core.$ZodErrorMap = (issue) =>
  issue.code === 'invalid_type' && issue.input === undefined ? MISSING : ENGLISH(issue);
