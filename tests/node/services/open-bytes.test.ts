import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../../src/node/import/read-text-file';
import { expectApiError, useDesk } from './desk-fixture';

// openBytes and openText: what the UI holds (a drop, a browser file picker, a paste) opened as a file would be.
const t = useDesk();

const b64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');

describe('openBytes', () => {
  it('decodes base64 bytes as a file would be decoded', async () => {
    const result = await t.desk().openBytes('dropped.txt', b64('Le président a dit à Pékin.\r\n'));
    expect(result.failures).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.stories).toHaveLength(1);
    const summary = result.stories[0]!;
    expect(summary).toMatchObject({ name: 'dropped.txt', path: null, encoding: 'utf-8', status: 'new' });
    expect((await t.desk().getStory(summary.id)).sourceText).toBe('Le président a dit à Pékin.\r\n');
  });

  it('takes the payload of a data: URL (FileReader.readAsDataURL)', async () => {
    const result = await t.desk().openBytes('drop.txt', `data:text/plain;base64,${b64('Hello.')}`);
    expect((await t.desk().getStory(result.stories[0]!.id)).sourceText).toBe('Hello.');
  });

  it('decodes UTF-16 and Windows-1252 bytes, with the same warnings as a file', async () => {
    const utf16 = await t.desk().openBytes('u.txt', b64(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('Oui.', 'utf16le').swap16()])));
    expect(utf16.stories[0]!.encoding).toBe('utf-16be');
    expect((await t.desk().getStory(utf16.stories[0]!.id)).sourceText).toBe('Oui.');
    const latin = await t.desk().openBytes('l.txt', b64(Buffer.from([...Buffer.from('Le caf'), 0xe9, ...Buffer.from(' est servi.')])));
    expect(latin.stories[0]!.encoding).toBe('windows-1252');
    expect(latin.warnings).toEqual([{ path: 'l.txt', reason: expect.stringMatching(/read as Windows-1252$/) }]);
  });

  it('opens empty bytes with a warning', async () => {
    const result = await t.desk().openBytes('empty.txt', '');
    expect(result.stories).toHaveLength(1);
    expect(result.warnings).toEqual([{ path: 'empty.txt', reason: 'empty file' }]);
  });

  it('returns binary bytes as a failure, not an error', async () => {
    const result = await t.desk().openBytes('image.txt', b64(new Uint8Array([0x00, 0x01, 0x02, 0x03, 0xff])));
    expect(result.stories).toEqual([]);
    expect(result.failures).toEqual([{ path: 'image.txt', reason: expect.stringMatching(/^binary file/) }]);
    expect(await t.desk().listStories()).toEqual([]);
  });

  it('refuses contents that are not base64 with bad-input, opening nothing', async () => {
    for (const bad of ['not base64!', 'QQ=', 'Q===', 'data:text/plain,Hello', 'QUJD-_A=']) {
      await expectApiError(t.desk().openBytes('x.txt', bad), 'bad-input', /base64/);
    }
    expect(await t.desk().listStories()).toEqual([]);
  });
});

describe('openText', () => {
  it('opens pasted text as a story without a path, text kept exactly', async () => {
    const text = 'Pasted  text\r\nwith « guillemets » and 😀.';
    const story = await t.desk().openText('Pasted story', text);
    expect(story).toMatchObject({ name: 'Pasted story', path: null, encoding: 'utf-8', sourceText: text, currentText: text, cursor: 0, reviewMs: 0 });
    expect(await t.desk().getStory(story.id)).toEqual(story);
  });

  it('accepts empty text but not an empty name', async () => {
    expect((await t.desk().openText('blank', '')).sourceText).toBe('');
    await expectApiError(t.desk().openText('  ', 'x'), 'bad-input', /Story name must not be empty/);
  });
});

describe('size limit of pasted and dropped copy', () => {
  it('refuses pasted text over the file limit, as a file would be', async () => {
    const huge = 'a'.repeat(MAX_FILE_BYTES + 1);
    await expectApiError(t.desk().openText('huge', huge), 'bad-input', /too large to open \(64 MiB; the limit is 64 MiB\)/);
    expect(await t.desk().listStories()).toEqual([]);
  });

  it('counts the UTF-8 size of pasted text, not its length', async () => {
    // Under the limit in UTF-16 units, over it in bytes: "é" is two bytes.
    const wide = 'é'.repeat(MAX_FILE_BYTES / 2 + 1);
    await expectApiError(t.desk().openText('wide', wide), 'bad-input', /too large to open/);
  });
});
