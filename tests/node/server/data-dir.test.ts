import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../../src/node/server/data-dir';

// Where the desk keeps its database when --data is not given: the platform's own place for app data.
describe('defaultDataDir', () => {
  it('follows COPYDESK_DATA first', () => {
    expect(defaultDataDir({ COPYDESK_DATA: '/srv/desk', XDG_CONFIG_HOME: '/x' }, 'linux', '/home/ed')).toBe('/srv/desk');
  });

  it('uses XDG_CONFIG_HOME on Linux, as Electron does for the desktop app, ignoring a relative one as the spec says', () => {
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/conf' }, 'linux', '/home/ed')).toBe('/conf/Copydesk');
    expect(defaultDataDir({ XDG_CONFIG_HOME: 'rel' }, 'linux', '/home/ed')).toBe('/home/ed/.config/Copydesk');
    expect(defaultDataDir({}, 'linux', '/home/ed')).toBe('/home/ed/.config/Copydesk');
  });

  it('uses Application Support on macOS and APPDATA on Windows', () => {
    expect(defaultDataDir({}, 'darwin', '/Users/ed')).toBe('/Users/ed/Library/Application Support/Copydesk');
    expect(defaultDataDir({ APPDATA: '/appdata' }, 'win32', '/home/ed')).toBe('/appdata/Copydesk');
    expect(defaultDataDir({}, 'win32', '/home/ed')).toBe('/home/ed/AppData/Roaming/Copydesk');
  });
});
