/**
 * Saves text as a file through the browser's own download, without any network request.
 *
 * The link is added to the page before the click because Firefox ignores a click on a link
 * that is not in the document. The object URL is revoked later, not at once: click() only
 * starts the download and some browsers read the URL after it returns. Ten seconds is ample
 * for that even on a slow machine, and holding one blob that long costs nothing that matters.
 */
export function downloadText(fileName: string, text: string, type: string): void {
  downloadBlob(fileName, new Blob([text], { type }));
}

/** Saves a file already made (a compressed backup) the same way. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
