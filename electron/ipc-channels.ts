import { API_METHODS, IPC_PREFIX, MENU_COMMAND_CHANNEL, ipcChannel, type ApiMethod } from '../src/core/api/contract';

/** Channel -> method, for every method of the contract: ipc.ts registers exactly these. */
export const API_CHANNELS: ReadonlyMap<string, ApiMethod> = new Map(API_METHODS.map((m) => [ipcChannel(m), m] as const));

/** Every channel the app uses, both directions. */
export const ALL_CHANNELS: readonly string[] = [...API_CHANNELS.keys(), MENU_COMMAND_CHANNEL];

/** Main refuses to listen on anything else (validatedIpcMain checks the prefix too). */
export function isCopydeskChannel(channel: string): boolean {
  return channel.startsWith(IPC_PREFIX) && channel.length > IPC_PREFIX.length;
}
