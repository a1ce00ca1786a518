import type { ExportFile } from './exportFiles';

/** Saves a file through the browser's download (an object URL on a temporary link). */
export function downloadFile({ fileName, text, mimeType }: ExportFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  doc.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked on the next turn: some browsers start the download asynchronously after click().
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Copies text; false when the clipboard is unavailable (insecure page, permission refused). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
