/**
 * Saves text the page made as a file (export of the citizen's own data or log). Made in the
 * browser from data already on screen: nothing goes to a server, nothing stays in storage.
 */
export function downloadText(content: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the object URL is gone.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}
