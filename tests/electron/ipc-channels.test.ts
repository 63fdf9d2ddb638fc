import { describe, expect, it, vi } from 'vitest';
import { API_METHODS, IPC_PREFIX, MENU_COMMAND_CHANNEL, type CopydeskApi } from '../../src/core/api/contract';
import { ApiError } from '../../src/node/services/api-error';
import { ALL_CHANNELS, API_CHANNELS, isCopydeskChannel } from '../../electron/ipc-channels';
import { callDesk, REFUSED } from '../../electron/ipc-dispatch';

describe('IPC channels', () => {
  it('has one channel per API method, each with the prefix', () => {
    expect([...API_CHANNELS.values()].sort()).toEqual([...API_METHODS].sort());
    for (const channel of ALL_CHANNELS) {
      expect(channel.startsWith(IPC_PREFIX), channel).toBe(true);
      expect(isCopydeskChannel(channel)).toBe(true);
    }
    expect(ALL_CHANNELS).toContain(MENU_COMMAND_CHANNEL);
    expect(new Set(ALL_CHANNELS).size).toBe(ALL_CHANNELS.length);
  });

  it('knows foreign channels', () => {
    expect(isCopydeskChannel('vscode:openFile')).toBe(false);
    expect(isCopydeskChannel(IPC_PREFIX)).toBe(false);
  });
});

describe('callDesk', () => {
  const desk = (impl: Partial<CopydeskApi>) => impl as CopydeskApi;

  it('answers {result}, with null for a method that returns nothing', async () => {
    const saveText = vi.fn(async () => {});
    expect(await callDesk(desk({ saveText }), 'saveText', ['id', 'text', 0])).toEqual({ result: null });
    expect(saveText).toHaveBeenCalledWith('id', 'text', 0);
    expect(await callDesk(desk({ listRecent: async () => [] }), 'listRecent', [])).toEqual({ result: [] });
  });

  it('answers an ApiError as its data', async () => {
    const getStory = async () => {
      throw new ApiError('not-found', 'No story with id x.');
    };
    expect(await callDesk(desk({ getStory }), 'getStory', ['x'])).toEqual({ error: { code: 'not-found', message: 'No story with id x.' } });
  });

  it('answers anything else as internal, and reports it for the log', async () => {
    const onInternal = vi.fn();
    const boom = new TypeError('x is undefined');
    const getAppInfo = async () => {
      throw boom;
    };
    const outcome = await callDesk(desk({ getAppInfo }), 'getAppInfo', [], onInternal);
    expect(outcome).toMatchObject({ error: { code: 'internal' } });
    expect(onInternal).toHaveBeenCalledWith('getAppInfo', boom);
  });

  it('refuses with an error outcome that names no detail', () => {
    expect(REFUSED).toMatchObject({ error: { code: 'bad-input' } });
  });
});
