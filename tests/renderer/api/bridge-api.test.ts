import { describe, expect, it } from 'vitest';
import { API_METHODS, type CopydeskBridge } from '../../../src/core/api/contract';
import { ApiError } from '../../../renderer/api/api-error';
import { createBridgeApi } from '../../../renderer/api/bridge-api';
import { createPreloadApi } from '../../../electron/preload-api';

describe('the contract over the Electron preload', () => {
  it('has one function per method and returns results', async () => {
    const api = createBridgeApi(createPreloadApi(async (_channel, args) => ({ result: args })));
    expect(Object.keys(api).sort()).toEqual([...API_METHODS].sort());
    await expect(api.getStory('s1')).resolves.toEqual(['s1']);
  });

  it('throws an error outcome as an ApiError that keeps its code', async () => {
    const api = createBridgeApi(createPreloadApi(async () => ({ error: { code: 'not-found', message: 'No story s9.' } })));
    const err = await api.getStory('s9').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ code: 'not-found', message: 'No story s9.' });
  });

  it('treats a garbled bridge answer as an internal error', async () => {
    const bridge = Object.fromEntries(API_METHODS.map((m) => [m, async () => 'nonsense'])) as unknown as CopydeskBridge;
    await expect(createBridgeApi(bridge).listStories()).rejects.toMatchObject({ code: 'internal' });
  });
});
