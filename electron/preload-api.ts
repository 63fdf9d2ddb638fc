import { API_METHODS, MENU_COMMAND_CHANNEL, ipcChannel, type ApiOutcome, type CopydeskBridge, type ShellBridge } from '../src/core/api/contract';
import { toOutcome } from './ipc-outcome';

// The objects the preload exposes, built from functions passed in so tests
// can drive them without Electron. Nothing here may import Node: the
// sandboxed preload can require 'electron' and little else.

/** ipcRenderer.invoke, narrowed to one channel and its argument list. */
export type Invoke = (channel: string, args: readonly unknown[]) => Promise<unknown>;

/** ipcRenderer.on for one channel, without the event (whose sender would leak ipcRenderer); returns the unsubscribe. */
export type Subscribe = (channel: string, listener: (payload: unknown) => void) => () => void;

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * window.copydesk: exactly one async function per method of the contract,
 * each on its own channel, answering with an outcome ({result} or {error}
 * with its code) and never throwing: contextBridge would strip the code from
 * a thrown error. A failed invoke (main gone, no handler) is an internal error.
 */
export function createPreloadApi(invoke: Invoke): CopydeskBridge {
  const api: Record<string, (...args: unknown[]) => Promise<ApiOutcome>> = {};
  for (const method of API_METHODS) {
    const channel = ipcChannel(method);
    api[method] = async (...args: unknown[]) => {
      try {
        return toOutcome(await invoke(channel, args));
      } catch (err) {
        return { error: { code: 'internal', message: `Copydesk's main process did not answer ${method} (${describe(err)}).` } };
      }
    };
  }
  return Object.freeze(api) as unknown as CopydeskBridge;
}

/** window.copydeskShell: menu commands reach the renderer as command ids, nothing else. */
export function createShellBridge(subscribe: Subscribe): ShellBridge {
  return Object.freeze({
    onMenuCommand(listener: (command: string) => void): () => void {
      if (typeof listener !== 'function') throw new TypeError('onMenuCommand needs a function.');
      return subscribe(MENU_COMMAND_CHANNEL, (payload) => {
        if (typeof payload === 'string') listener(payload);
      });
    },
  });
}
