import { describe, expect, it } from 'vitest';
import { parseWebArgs, WEB_USAGE, WebArgsError } from '../../../src/node/server/web-args';

// The web server's command line: what `npm run web -- ...` and the e2e tests pass.
describe('parseWebArgs', () => {
  it('defaults to any free port and nothing else set', () => {
    expect(parseWebArgs([])).toEqual({ port: 0, data: undefined, staticDir: undefined, samples: undefined, help: false });
  });

  it('reads every option, as "--name value" or "--name=value"', () => {
    expect(parseWebArgs(['--port', '8080', '--data', '/d', '--static-dir', '/s', '--samples', '/p'])).toEqual({ port: 8080, data: '/d', staticDir: '/s', samples: '/p', help: false });
    expect(parseWebArgs(['--port=0', '--data=/a=b', '--static-dir=/s', '--samples=/p'])).toEqual({ port: 0, data: '/a=b', staticDir: '/s', samples: '/p', help: false });
  });

  it('takes --static as the older spelling of --static-dir', () => {
    expect(parseWebArgs(['--static', '/s']).staticDir).toBe('/s');
  });

  it('reads --help and -h', () => {
    expect(parseWebArgs(['--help']).help).toBe(true);
    expect(parseWebArgs(['--port', '1', '-h']).help).toBe(true);
    expect(WEB_USAGE).toMatch(/--port N.*\n.*--data DIR.*\n.*--static-dir DIR.*\n.*--samples DIR/);
  });

  it.each([
    [['--port', 'eighty'], /--port must be a number from 0 to 65535 \(got eighty\)/],
    [['--port', '65536'], /--port must be a number from 0 to 65535 \(got 65536\)/],
    [['--port', '1e3'], /--port must be a number/],
    [['--port=-1'], /--port must be a number/],
    [['--port', '8080.5'], /--port must be a number/],
    [['--port'], /--port needs a value/],
    [['--port='], /--port needs a value/],
    [['--data', '--port', '8080'], /--data needs a value/],
    [['--static-dir'], /--static-dir needs a value/],
    [['--samples', ''], /--samples needs a value/],
    [['--verbose'], /Unknown option --verbose/],
    [['8080'], /Unknown option 8080/],
    [['-p', '8080'], /Unknown option -p/],
    [['--PORT', '8080'], /Unknown option --PORT/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseWebArgs(argv)).toThrow(WebArgsError);
    expect(() => parseWebArgs(argv)).toThrow(message);
  });
});
