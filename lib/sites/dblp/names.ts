/**
 * Removes dblp's homonym number. dblp distinguishes people with the same name by a four-digit
 * suffix ("Wei Wang 0001"), which is not part of the name.
 */
export function stripHomonymNumber(name: string): string {
  return name.replace(/\s+\d{4}$/, '').trim();
}

/** Removes the period dblp ends every title with; "?", "!" and an ellipsis are kept. */
export function stripTitlePeriod(title: string): string {
  return /[^.]\.$/.test(title) ? title.slice(0, -1) : title;
}
