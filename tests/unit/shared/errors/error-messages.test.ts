import { describe, expect, it } from 'vitest';
import { AppError, appErrorCodes, isAppErrorCode, toAppError } from '@shared/errors/app-error';
import { describeErrorZhCN, errorMessagesZhCN } from '@shared/errors/error-messages.zh-CN';

describe('AppError catalogue', () => {
  it('has a Chinese sentence for every code and nothing else', () => {
    expect(Object.keys(errorMessagesZhCN).sort()).toEqual([...appErrorCodes].sort());
    for (const code of appErrorCodes) expect(describeErrorZhCN(code)).toMatch(/[\u4e00-\u9fff].*。$/);
  });

  it('keeps the original error as the cause of an unexpected one', () => {
    const original = new TypeError('boom');
    const wrapped = toAppError(original);
    expect(wrapped.code).toBe('internal/unexpected');
    expect(wrapped.cause).toBe(original);
    const known = new AppError('files/too-large');
    expect(toAppError(known)).toBe(known);
  });

  it('recognises codes', () => {
    expect(isAppErrorCode('files/too-large')).toBe(true);
    expect(isAppErrorCode('files/nope')).toBe(false);
    expect(isAppErrorCode(3)).toBe(false);
  });
});
