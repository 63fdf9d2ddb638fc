/**
 * The files of a drop, folders walked: a dropped folder opens as a queue of
 * its *.txt, like a folder chosen in the dialog. Uses the entries API
 * (webkitGetAsEntry), which Chromium and Electron have; where it is missing,
 * the plain file list is taken.
 */
export async function filesOfDrop(data: DataTransfer): Promise<{ files: File[]; fromFolder: boolean }> {
  const entries = [...data.items].map((item) => item.webkitGetAsEntry?.() ?? null);
  if (entries.some((e) => e === null)) return { files: [...data.files], fromFolder: false };
  const files: File[] = [];
  let fromFolder = false;
  for (const entry of entries as FileSystemEntry[]) {
    if (entry.isDirectory) {
      fromFolder = true;
      files.push(...(await filesOfFolder(entry as FileSystemDirectoryEntry)));
    } else {
      files.push(await fileOf(entry as FileSystemFileEntry));
    }
  }
  return { files, fromFolder };
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

/** One level, like the folder dialog: a wire folder is flat, and walking a whole tree by accident would be slow. */
async function filesOfFolder(dir: FileSystemDirectoryEntry): Promise<File[]> {
  const reader = dir.createReader();
  const entries: FileSystemEntry[] = [];
  // readEntries answers in batches until it returns none.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) break;
    entries.push(...batch);
  }
  return Promise.all(entries.filter((e) => e.isFile).map((e) => fileOf(e as FileSystemFileEntry)));
}
