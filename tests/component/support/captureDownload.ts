import { vi } from 'vitest';

/** Captures what a download hands to the browser: the file name and the file's contents. */
export function captureDownload() {
  const saved: { name: string; blob: Blob | null } = { name: '', blob: null };
  Object.defineProperty(URL, 'createObjectURL', {
    configurable: true,
    value: (blob: Blob) => {
      saved.blob = blob;
      return 'blob:orderflow-test';
    },
  });
  Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: () => {} });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.name = this.download;
  });
  return saved;
}
