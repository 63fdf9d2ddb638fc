import type { OpenDialogOptions } from 'electron';

/**
 * The native open dialog for pickPaths: wire copy comes as .txt, but agencies
 * also send files without the extension, hence "All files" beside it.
 */
export function openDialogOptions(kind: 'files' | 'folder'): OpenDialogOptions {
  if (kind === 'folder') {
    return { title: 'Open a folder of stories', buttonLabel: 'Open folder', properties: ['openDirectory'] };
  }
  return {
    title: 'Open stories',
    buttonLabel: 'Open',
    properties: ['openFile', 'multiSelections'],
    filters: [
      { name: 'Wire copy (*.txt)', extensions: ['txt'] },
      { name: 'All files', extensions: ['*'] },
    ],
  };
}
