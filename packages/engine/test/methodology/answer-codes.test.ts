import { describe, expect, it } from 'vitest';
import { AnswerCodeError, AnswerError, decodeAnswers, encodeAnswers, parseMethodology } from '@dbi-kit/engine';
import { dbi } from './fixtures/dbi-answers.js';
import { tinyMethodology } from './fixtures/tiny-methodology.js';

const empties = (n: number) => '.'.repeat(n - 1);

describe('encodeAnswers', () => {
  it('writes the id, the version and one token per criterion', () => {
    // 1.1.1 = 4, 1.1.2 = 5, 1.1.3 = 3/10, then 57 unanswered criteria
    const code = encodeAnswers(dbi, { '1.1.1': 4, '1.1.2': 5, '1.1.3': { numerator: 3, denominator: 10 } });
    expect(code).toBe(`dbi-2021-sme~${dbi.version}~4.5.3_a.${empties(57)}`);
  });

  it('writes whole figures in base 36 and others in decimal with p for the point', () => {
    const tiny = parseMethodology(tinyMethodology());
    // 1,000,000 = 21·36³ + 15·36² + 21·36 + 28 → l f l s; 36,000,000 is the same shifted one digit → lfls0
    expect(encodeAnswers(tiny, { '2.1.1': { numerator: 1_000_000, denominator: 36_000_000 } })).toBe('tiny~1.0~..lfls_lfls0');
    expect(encodeAnswers(tiny, { '2.1.1': { numerator: 1.5, denominator: 2.25 } })).toBe('tiny~1.0~..-1p5_-2p25');
    expect(encodeAnswers(tiny, { '2.1.1': { numerator: 1e21, denominator: 1e22 } })).toBe('tiny~1.0~..-1e21_-1e22');
  });

  it('refuses the answers scoreAssessment refuses', () => {
    expect(() => encodeAnswers(dbi, { '1.1.1': 9 })).toThrow(AnswerError);
    expect(() => encodeAnswers(dbi, { '7.7.7': 1 })).toThrow(AnswerError);
  });
});

describe('decodeAnswers', () => {
  const code = `dbi-2021-sme~${dbi.version}~4.5.3_a.${empties(57)}`;

  it('reads answers back, leaving unanswered criteria out', () => {
    expect(decodeAnswers(dbi, code)).toEqual({ '1.1.1': 4, '1.1.2': 5, '1.1.3': { numerator: 3, denominator: 10 } });
    expect(decodeAnswers(dbi, ` ${code}\n`)).toEqual(decodeAnswers(dbi, code));
  });

  const failure = (text: unknown) => {
    try {
      decodeAnswers(dbi, text as string);
    } catch (error) {
      return error as AnswerCodeError;
    }
    throw new Error('expected decodeAnswers to throw');
  };

  it('fails clearly on a code made for another version', () => {
    const error = failure(`dbi-2021-sme~2020.9~4.5.3_a.${empties(57)}`);
    expect(error).toBeInstanceOf(AnswerCodeError);
    expect(error.code).toBe('answer-code/other-version');
    expect(error.found).toEqual({ id: 'dbi-2021-sme', version: '2020.9' });
    expect(error.expected).toEqual({ id: 'dbi-2021-sme', version: dbi.version });
    expect(error.message).toBe(`This answer code is for 'dbi-2021-sme' version 2020.9, not ${dbi.version}.`);
  });

  it('fails clearly on a code made for another methodology', () => {
    expect(failure(`dbi-2023-sme~1~${empties(60)}`).code).toBe('answer-code/other-methodology');
  });

  it.each([
    ['no header', '4.5.3'],
    ['too few answers', `dbi-2021-sme~${dbi.version}~4.5`],
    ['a bad step', `dbi-2021-sme~${dbi.version}~4?.${empties(59)}`],
    ['a bad ratio', `dbi-2021-sme~${dbi.version}~..3_${empties(58)}`],
    ['not a string', 42],
  ])('calls a code with %s malformed', (_, text) => {
    const error = failure(text);
    expect(error).toBeInstanceOf(AnswerCodeError);
    expect(error.code).toBe('answer-code/malformed');
  });

  it('refuses a well-formed code whose answer does not fit its criterion', () => {
    const error = failure(`dbi-2021-sme~${dbi.version}~9.${empties(59)}`);
    expect(error).toBeInstanceOf(AnswerError);
    expect((error as unknown as AnswerError).criterionId).toBe('1.1.1');
  });
});
