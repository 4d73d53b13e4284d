import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakLines, lineEndForbidden, lineStartForbidden } from '@shared/pdf/line-breaker';

// CJK characters and full-width punctuation 1 unit, everything else 0.5.
const measure = (text: string) => [...text].reduce((width, char) => width + (/[\u0020-\u007e]/.test(char) ? 0.5 : 1), 0);
const sample =
  '严格按照 "合法、正当、必要" 原则收集短信接收方的个人信息(如手机号),确保收集行为获得用户明确同意(包括但不限于书面同意、线上勾选确认等可追溯形式),不得通过欺诈、胁迫、诱导等非法方式收集信息,且不得超范围收集与短信服务无关的信息。';

describe('Chinese line breaking', () => {
  it('keeps every character, in order', () => {
    expect(breakLines(sample, 20, measure).join('').replace(/\s/g, '')).toBe(sample.replace(/\s/g, ''));
  });

  it('never starts a line with closing punctuation nor ends one with opening punctuation', () => {
    for (let width = 6; width <= 40; width += 1) {
      const lines = breakLines(sample, width, measure);
      for (const line of lines.slice(1)) expect(lineStartForbidden.has(line[0]!)).toBe(false);
      for (const line of lines.slice(0, -1)) expect(lineEndForbidden.has(line.at(-1)!)).toBe(false);
    }
  });

  it('fills lines: every line but the last is at least 90% full (hanging punctuation may exceed by one)', () => {
    const lines = breakLines(sample, 20, measure);
    for (const line of lines.slice(0, -1)) {
      expect(measure(line)).toBeGreaterThanOrEqual(18);
      expect(measure(line)).toBeLessThanOrEqual(21);
    }
  });

  it('does not split numbers or Latin words', () => {
    const lines = breakLines('更换周期不超过 90 天;API 密钥由专人保管,每 100 条审核', 6, measure);
    expect(lines.some((line) => line.includes('90'))).toBe(true);
    expect(lines.some((line) => line.includes('API'))).toBe(true);
    expect(lines.some((line) => line.includes('100'))).toBe(true);
  });

  it('keeps the rules around spaces and runs of opening marks (cases the property below found)', () => {
    expect(breakLines('短短短短 :', 4, measure)).toEqual(['短短短短 :']);
    expect(breakLines('短短短（ 短短', 4, measure)).toEqual(['短短短', '（ 短短']);
    expect(breakLines('短短（“短', 4, measure)).toEqual(['短短', '（“短']);
  });

  it('holds for any text of CJK, punctuation and ASCII', () => {
    const alphabet = [...'短信接口安全责任书，。、；：（）《》“”,.;:()ab12 '];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 200 }), fc.integer({ min: 4, max: 30 }), (chars, width) => {
        const text = chars.join('');
        const lines = breakLines(text, width, measure);
        expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
        for (const line of lines.slice(1)) expect(lineStartForbidden.has(line[0]!)).toBe(false);
        for (const line of lines.slice(0, -1)) expect(lineEndForbidden.has(line.at(-1)!)).toBe(false);
        for (const line of lines) expect(line).not.toBe('');
      }),
    );
  });
});
