import { Io } from '../../src/cli/io';
import { printLines } from '../../src/cli/print-lines';

describe('printLines', () => {
  function capture(lines: string[], chunk: number): { chunks: Buffer[]; text: string } {
    const chunks: Buffer[] = [];
    const io: Io = { out: () => undefined, err: () => undefined, progress: () => undefined, outBytes: (b) => chunks.push(Buffer.from(b)) };
    printLines(io, lines, chunk);
    return { chunks, text: Buffer.concat(chunks).toString('utf8') };
  }

  const lines = ['{"a":1},', '{"мероприятие":"Совещание руководителей ОО"},', '', 'x'.repeat(50), '{"ё":"«ёлка»"}'];

  test('every line once, in order, each ending with a line break, Cyrillic intact', () => {
    expect(capture(lines, 1 << 20).text).toBe(`${lines.join('\n')}\n`);
  });

  test('small chunks: never a character cut between two chunks, a long line in a chunk of its own', () => {
    const { chunks, text } = capture(lines, 16);
    expect(text).toBe(`${lines.join('\n')}\n`);
    expect(chunks.length).toBeGreaterThan(3);
    for (const c of chunks) expect(c.toString('utf8').endsWith('\n')).toBe(true);
  });

  test('nothing to print: nothing written', () => {
    expect(capture([], 16).chunks).toEqual([]);
  });
});
