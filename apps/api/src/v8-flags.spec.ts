import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { API_V8_FLAGS } from './v8-flags';

const root = path.resolve(__dirname, '../../..');

/** v8.cachedDataVersionTag() of a fresh Node process: a hash of V8's version, its flags and the CPU. */
function tagOf(nodeArgs: string[], script = ''): string {
  return execFileSync(
    process.execPath,
    [...nodeArgs, '-e', `${script}; process.stdout.write(String(require('node:v8').cachedDataVersionTag()))`],
    { cwd: root, encoding: 'utf8' },
  );
}

describe('API V8 flags', () => {
  it('turn pretenuring off, leaving the process with the flags of one started with them on the command line', () => {
    expect(API_V8_FLAGS).toEqual(['--no-allocation-site-pretenuring']);
    const plain = tagOf([]);
    const fromCommandLine = tagOf([...API_V8_FLAGS]);
    const applied = tagOf(
      ['-r', './scripts/ts-register.js'],
      "require('./apps/api/src/v8-flags').applyApiV8Flags()",
    );
    // The premise: the flags change the hash, so the comparison below can tell.
    expect(fromCommandLine).not.toBe(plain);
    expect(applied).toBe(fromCommandLine);
  });
});
