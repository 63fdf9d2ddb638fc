import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { ApiMethod, CopydeskApi } from '../src/core/api/contract';
import { API_CHANNELS, isCopydeskChannel } from './ipc-channels';
import { callDesk, REFUSED } from './ipc-dispatch';
import { isTrustedSender, type SenderInfo } from './sender-check';

// The one place main listens to the renderer (lint allows raw ipcMain only
// here and in preload.ts). Every channel is a contract method; every message
// is checked for its sender before the desk sees it.

function senderOf(event: IpcMainInvokeEvent): SenderInfo {
  const frame = event.senderFrame;
  const top = event.sender.mainFrame;
  // Same frame as the webContents' top frame, not a detached (navigated-away) one.
  const isMainFrame =
    frame !== null && !frame.detached && frame.parent === null && frame.processId === top.processId && frame.frameToken === top.frameToken;
  return { webContentsId: event.sender.id, frameUrl: frame === null || frame.detached ? null : frame.url, isMainFrame };
}

export interface DeskIpcOptions {
  /** Ids of the webContents of our windows, read at each message (windows come and go). */
  readonly trustedWebContents: () => ReadonlySet<number>;
  readonly log: (line: string) => void;
}

/** Serves every method of the contract on its channel; returns a function that stops serving them. */
export function registerDeskIpc(desk: CopydeskApi, options: DeskIpcOptions): () => void {
  const onInternal = (method: ApiMethod, err: unknown) =>
    options.log(`Copydesk: ${method} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  for (const [channel, method] of API_CHANNELS) {
    if (!isCopydeskChannel(channel)) throw new Error(`refusing to serve IPC channel ${channel} without the copydesk prefix`);
    ipcMain.handle(channel, async (event, ...args: unknown[]) => {
      const sender = senderOf(event);
      if (!isTrustedSender(sender, options.trustedWebContents())) {
        options.log(`Copydesk: refused ${channel} from webContents ${sender.webContentsId} (${sender.frameUrl ?? 'no frame'}${sender.isMainFrame ? '' : ', subframe'})`);
        return REFUSED;
      }
      return callDesk(desk, method, args, onInternal);
    });
  }
  return () => {
    for (const channel of API_CHANNELS.keys()) ipcMain.removeHandler(channel);
  };
}
