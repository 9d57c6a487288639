/**
 * Delay before the object URL is revoked, in milliseconds. A busy browser can start reading the
 * Blob seconds after the click, and a revoked URL fails the download.
 */
const REVOKE_DELAY_MS = 60_000;

/**
 * Starts a download of `text` as `fileName` through a Blob URL and a temporary `<a download>`.
 * The URL is revoked after a short delay because the browser may read the Blob only after
 * `click()` returns.
 */
export function downloadText(text: string, fileName: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.hidden = true;
  document.body.append(anchor);
  try {
    anchor.click();
  } finally {
    anchor.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_DELAY_MS);
  }
}
