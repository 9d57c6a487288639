import * as z from 'zod/mini';

const AuthorName = z.string().check(z.minLength(1));

/** An author in a CLI input line: a name, or an object with a name as `parse --format json` prints it. */
export const AuthorEntry = z.union([AuthorName, z.looseObject({ name: AuthorName })]);

/** Returns the name of an author entry. */
export function authorName(author: z.infer<typeof AuthorEntry>): string {
  return typeof author === 'string' ? author : author.name;
}
