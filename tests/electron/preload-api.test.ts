import { describe, expect, it, vi } from 'vitest';
import { API_METHODS, IPC_PREFIX, MENU_COMMAND_CHANNEL, ipcChannel } from '../../src/core/api/contract';
import { createPreloadApi, createShellBridge, type Invoke } from '../../electron/preload-api';

describe('window.copydesk (createPreloadApi)', () => {
  it('exposes exactly one function per API method, and nothing else', () => {
    const api = createPreloadApi(vi.fn());
    expect(Object.keys(api).sort()).toEqual([...API_METHODS].sort());
    for (const method of API_METHODS) expect(typeof api[method]).toBe('function');
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('invokes the method on its own channel with its arguments, and resolves with the outcome', async () => {
    const invoke = vi.fn<Invoke>(async (channel, args) => ({ result: { channel, args } }));
    const api = createPreloadApi(invoke);
    for (const method of API_METHODS) {
      const call = api[method] as (...a: unknown[]) => Promise<unknown>;
      await expect(call('a', 2)).resolves.toEqual({ result: { channel: ipcChannel(method), args: ['a', 2] } });
    }
    expect(invoke.mock.calls.every(([channel]) => channel.startsWith(IPC_PREFIX))).toBe(true);
  });

  it('passes an error outcome on as data, code and message intact (contextBridge would strip a thrown code)', async () => {
    const api = createPreloadApi(async () => ({ error: { code: 'not-found', message: 'No story with id x on the desk.' } }));
    await expect(api.getStory('x')).resolves.toEqual({ error: { code: 'not-found', message: 'No story with id x on the desk.' } });
  });

  it('turns a failed invoke or a garbled answer into an internal error', async () => {
    const failing = createPreloadApi(async () => {
      throw new Error("No handler registered for 'copydesk:getAppInfo'");
    });
    await expect(failing.getAppInfo()).resolves.toMatchObject({ error: { code: 'internal' } });
    for (const reply of [undefined, null, 'x', {}, { error: 'boom' }, { error: { code: 'nope', message: 'm' } }]) {
      await expect(createPreloadApi(async () => reply).getAppInfo(), JSON.stringify(reply)).resolves.toMatchObject({ error: { code: 'internal' } });
    }
  });
});

describe('window.copydeskShell (createShellBridge)', () => {
  it('subscribes to the menu command channel and passes command ids only', () => {
    let deliver: (payload: unknown) => void = () => {};
    const unsubscribe = vi.fn();
    const subscribe = vi.fn((channel: string, listener: (payload: unknown) => void) => {
      deliver = listener;
      return unsubscribe;
    });
    const bridge = createShellBridge(subscribe);
    expect(Object.keys(bridge)).toEqual(['onMenuCommand']);
    const listener = vi.fn();
    const off = bridge.onMenuCommand(listener);
    expect(subscribe).toHaveBeenCalledWith(MENU_COMMAND_CHANNEL, expect.any(Function));
    deliver('next-issue');
    deliver({ sender: 'an event object' });
    deliver(42);
    expect(listener.mock.calls).toEqual([['next-issue']]);
    off();
    expect(unsubscribe).toHaveBeenCalledOnce();
  });

  it('refuses a listener that is not a function', () => {
    const bridge = createShellBridge(() => () => {});
    expect(() => bridge.onMenuCommand('x' as unknown as () => void)).toThrow(TypeError);
  });
});
