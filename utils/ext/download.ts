/**
 * Starts a normal browser download of text made in the page (a blob URL on an `<a download>`).
 *
 * @example
 * downloadText('jobmark-2026-11-25.csv', csv, 'text/csv;charset=utf-8') // the browser saves the file
 */
export function downloadText(fileName: string, text: string, type: string, doc: Document = globalThis.document): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  doc.body.append(a);
  a.click();
  a.remove();
  // The download has its own copy once started; give it a moment before freeing the blob.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
