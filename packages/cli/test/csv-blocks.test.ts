import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectRecordDelimiter } from '../src/input/detect-record-delimiter.js';
import type { InputRecord } from '../src/input/input-record.js';
import { parseCsvBlock } from '../src/input/parse-csv-block.js';
import { readCsvRecords } from '../src/input/read-csv-records.js';
import { countLines, splitBlocks, type InputBlock } from '../src/input/split-blocks.js';

// The text of a file handed over in chunks of `size` bytes (cutting UTF-8 characters too).
async function* chunksOf(bytes: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

async function sequential(bytes: Buffer, chunk: number): Promise<InputRecord<string[]>[]> {
  const records: InputRecord<string[]>[] = [];
  for await (const batch of readCsvRecords(chunksOf(bytes, chunk), { delimiter: ',' })) records.push(...batch);
  return records;
}

async function blocks(bytes: Buffer, chunk: number, blockBytes: number): Promise<InputBlock[]> {
  const recordDelimiter = detectRecordDelimiter(bytes.toString('utf8'), ',');
  const all: InputBlock[] = [];
  for await (const block of splitBlocks(chunksOf(bytes, chunk), { format: 'csv', blockBytes, delimiter: ',', recordDelimiter, headerFirst: true })) all.push(block);
  return all;
}

async function inBlocks(bytes: Buffer, chunk: number, blockBytes: number): Promise<InputRecord<string[]>[]> {
  const recordDelimiter = detectRecordDelimiter(bytes.toString('utf8'), ',');
  return (await blocks(bytes, chunk, blockBytes)).flatMap((block) => parseCsvBlock(block.bytes, block.firstLine, ',', recordDelimiter));
}

// Fields of every kind the splitter must get right: plain, empty, Vietnamese, quoted with
// delimiters, doubled quotes and line breaks inside, and stray quotes that are text.
const field = fc.oneof(
  { weight: 6, arbitrary: fc.stringMatching(/^[a-z0-9 .]{0,6}$/) },
  { weight: 1, arbitrary: fc.constantFrom('Hà Nội', 'Công ty', '') },
  { weight: 2, arbitrary: fc.array(fc.constantFrom('a', ',', '""', '\n', '\r\n', '\r', ' ', 'ư'), { maxLength: 6 }).map((parts) => `"${parts.join('')}"`) },
  { weight: 1, arbitrary: fc.constantFrom('5" screen', 'SAMPLE "Co" Ltd', 'a"', '"quoted"tail') },
);
const record = fc.array(field, { minLength: 1, maxLength: 5 }).map((fields) => fields.join(','));
const file = fc
  .record({
    rows: fc.array(fc.oneof({ weight: 8, arbitrary: record }, { weight: 1, arbitrary: fc.constant('') }), { minLength: 1, maxLength: 40 }),
    eol: fc.constantFrom('\n', '\r\n'),
    bom: fc.boolean(),
    finalBreak: fc.boolean(),
  })
  .map(({ rows, eol, bom, finalBreak }) => `${bom ? '\uFEFF' : ''}${rows.join(eol)}${finalBreak ? eol : ''}`);

describe('splitBlocks + parseCsvBlock', () => {
  it('give the records and line numbers of reading the whole file, for any chunk and block size', async () => {
    await fc.assert(
      fc.asyncProperty(file, fc.integer({ min: 1, max: 64 }), fc.integer({ min: 1, max: 200 }), async (text, chunk, blockBytes) => {
        const bytes = Buffer.from(text);
        expect(await inBlocks(bytes, chunk, blockBytes)).toEqual(await sequential(bytes, 1 << 16));
      }),
      { numRuns: 1_500 },
    );
  }, 60_000);

  it('never cut inside a quoted field that spans lines, and number the lines after it right', async () => {
    const text = 'id,note\r\nA,"line 1\r\nline 2\r\nline 3"\r\nB,x\r\n"C\nC",y\r\nD,z\r\n';
    const split = await blocks(Buffer.from(text), 3, 1);
    expect(split.map((block) => block.bytes.toString())).toEqual(['id,note\r\n', 'A,"line 1\r\nline 2\r\nline 3"\r\n', 'B,x\r\n', '"C\nC",y\r\n', 'D,z\r\n']);
    expect(split.map((block) => block.firstLine)).toEqual([1, 2, 5, 6, 8]);
    const records = await inBlocks(Buffer.from(text), 3, 1);
    expect(records.map((r) => [r.line, r.value?.[0]])).toEqual([[1, 'id'], [2, 'A'], [5, 'B'], [6, 'C\nC'], [8, 'D']]);
  });

  it('treat a quote inside an unquoted field as text, not as the start of a quoted field', async () => {
    const text = 'id,name\n1,5" screen\n2,b\n3,c"\n';
    expect((await blocks(Buffer.from(text), 4, 1)).map((block) => block.bytes.toString())).toEqual(['id,name\n', '1,5" screen\n', '2,b\n', '3,c"\n']);
  });

  it('report a quote that is never closed on the line it opens, with the rows before it read', async () => {
    const text = 'id,name\n1,a\n2,"never closed\n3,c\n';
    const records = await inBlocks(Buffer.from(text), 5, 1);
    expect(records.map((r) => r.line)).toEqual([1, 2, 3]);
    expect(records[2].error).toMatch(/never closed/);
    expect(records).toEqual(await sequential(Buffer.from(text), 1 << 16));
  });

  it('make blocks of at least blockBytes, cut only after whole records', async () => {
    const text = `h\n${Array.from({ length: 1000 }, (_, i) => `row-${i}`).join('\n')}\n`;
    const split = await blocks(Buffer.from(text), 700, 2000);
    expect(split.length).toBeGreaterThan(2);
    for (const block of split.slice(1, -1)) expect(block.bytes.length).toBeGreaterThanOrEqual(2000);
    for (const block of split) expect(block.bytes.at(-1)).toBe(10);
    expect(Buffer.concat(split.map((block) => block.bytes)).toString()).toBe(text);
  });
});

describe('countLines', () => {
  it('counts LF, CRLF and a lone CR as one line each', () => {
    expect(countLines(Buffer.from('a\nb\r\nc\rd'))).toBe(3);
    expect(countLines(Buffer.from(''))).toBe(0);
  });
});

describe('detectRecordDelimiter', () => {
  it('takes the first line break outside quotes', () => {
    expect(detectRecordDelimiter('a,b\r\nc', ',')).toBe('\r\n');
    expect(detectRecordDelimiter('a,b\nc', ',')).toBe('\n');
    expect(detectRecordDelimiter('a,b\rc', ',')).toBe('\r');
    expect(detectRecordDelimiter('"a\nb",c\r\nd', ',')).toBe('\r\n');
    expect(detectRecordDelimiter('abc', ',')).toBe('\n');
  });
});
