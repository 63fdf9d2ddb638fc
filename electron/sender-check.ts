import { isAppPage } from './app-origin';

/** What main knows about who sent an IPC message (from IpcMainInvokeEvent). */
export interface SenderInfo {
  /** webContents id of the sender. */
  readonly webContentsId: number;
  /** URL of the frame that sent it; null when the frame is gone or navigated away. */
  readonly frameUrl: string | null;
  /** The sending frame is the top frame of its webContents (not an iframe). */
  readonly isMainFrame: boolean;
}

/**
 * Whether main may act on an IPC message, after VS Code's validatedIpcMain:
 * it must come from a window we created, from its main frame, showing our
 * page on our origin. A subframe, the devtools, a page that got navigated
 * elsewhere (file://, https://) are all refused: the renderer shows article
 * text, and nothing an article smuggles in may reach the desk.
 */
export function isTrustedSender(sender: SenderInfo, ourWebContentsIds: ReadonlySet<number>): boolean {
  if (!ourWebContentsIds.has(sender.webContentsId)) return false;
  if (!sender.isMainFrame) return false;
  return sender.frameUrl !== null && isAppPage(sender.frameUrl);
}
