import { describe, expect, it } from 'vitest';
import { codeTable } from '../../../../src/core/text/code-table.ts';

describe('codeTable', () => {
  it.each([
    ['a', 2],
    ['É', 2],
    ['7', 1],
    [' ', 1],
  ])('classifies %j as %i', (ch, expected) => {
    const classOf = codeTable((c) => (/\p{L}/u.test(c) ? 2 : 1));
    expect(classOf(ch.charCodeAt(0))).toBe(expected);
  });

  it('asks the classifier once per code', () => {
    const asked: string[] = [];
    const classOf = codeTable((c) => {
      asked.push(c);
      return 1;
    });
    classOf(0x61);
    classOf(0x61);
    classOf(0x62);
    expect(asked).toEqual(['a', 'b']);
  });
});
