import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import { describeArgsError, describeReadError } from '../../../lib/cli/errors';
import { tagLines } from '../../../lib/cli/tag-command';

function argsErrorOf(args: string[]): unknown {
  try {
    parseArgs({ args, allowPositionals: true, options: { format: { type: 'string' } } });
  } catch (error) {
    return error;
  }
  throw new Error(`parseArgs accepted ${args.join(' ')}`);
}

describe('describeArgsError', () => {
  it('names an unknown option and the accepted ones', () => {
    const message = describeArgsError(argsErrorOf(['--formt', 'json']), 'parse', ['url', 'format']);
    expect(message).toBe('unknown option "--formt"; parse accepts --url, --format');
  });

  it('names an option without its value', () => {
    const message = describeArgsError(argsErrorOf(['--format']), 'parse', ['format']);
    expect(message).toBe('option "--format" needs a value; parse accepts --format');
  });
});

describe('describeReadError', () => {
  it.each([
    ['ENOENT', 'cannot read a.html: no such file. Check the path.'],
    ['EISDIR', 'cannot read a.html: it is a directory. Give the path of a saved page or a JSON-lines file.'],
    ['EACCES', "cannot read a.html: permission denied. Check the file's permissions."],
  ])('explains %s', (code, expected) => {
    expect(describeReadError('a.html', Object.assign(new Error(code), { code }))).toBe(expected);
  });
});

describe('tagLines errors', () => {
  it('says why each bad line failed', () => {
    const [empty, broken, number] = tagLines('{"title": ""}\nnot json\n{"title": 5}');
    expect(empty?.error).toMatch(/^line 1: invalid title: Too small/);
    expect(broken?.error).toMatch(/^line 2: invalid JSON \(.+\); each line is one object/);
    expect(number?.error).toMatch(/^line 3: invalid title: Invalid input: expected string, received number/);
  });
});
