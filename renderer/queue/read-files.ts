/** A file the browser handed over (picker or drop), as the base64 the API takes. */
export interface PickedFile {
  readonly name: string;
  readonly base64: string;
}

function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error(`could not read ${file.name}`));
    // A data: URL; the back end takes its payload. Bytes, not text: the back end decodes (BOM, UTF-16, Windows-1252).
    reader.readAsDataURL(file);
  });
}

/**
 * Files from a picker or a drop, read whole. From a folder (webkitdirectory
 * or a dropped folder's listing) only *.txt is taken, as the back end does
 * for a folder path; single files are passed on whatever their name, so that
 * the back end can say why one is refused.
 */
export async function readPickedFiles(files: readonly File[], fromFolder: boolean): Promise<PickedFile[]> {
  const chosen = fromFolder ? files.filter((f) => /\.txt$/i.test(f.name) && !f.name.startsWith('.')) : files;
  const sorted = [...chosen].sort((a, b) => (a.webkitRelativePath || a.name).localeCompare(b.webkitRelativePath || b.name));
  return Promise.all(sorted.map(async (f) => ({ name: f.name, base64: await readAsBase64(f) })));
}
