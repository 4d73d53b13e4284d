import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { isQuotaExceededError, toWriteAppError, withQuotaErrors } from '@renderer/errors/quota-exceeded';
import { AppError } from '@shared/errors/app-error';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('a write that failed for lack of space', () => {
  it.each([
    ['the browser\'s DOMException', quota()],
    ['Dexie.QuotaExceededError', new Dexie.QuotaExceededError('full')],
    ['an AbortError whose inner error is the quota', new Dexie.AbortError('Transaction aborted', quota())],
    ['Dexie.BulkError with a quota failure', new Dexie.BulkError('1 of 2 failed', [quota()])],
    ['an AppError caused by it', new AppError('storage/write-failed', { cause: quota() })],
  ])('is recognised in %s', (_label, error) => {
    expect(isQuotaExceededError(error)).toBe(true);
    expect(toWriteAppError(error).code).toBe('storage/quota-exceeded');
  });

  it.each([
    ['a constraint error', new Dexie.ConstraintError('key exists')],
    ['an AbortError of something else', new Dexie.AbortError('aborted', new Error('version change'))],
    ['a plain error', new Error('QuotaExceededError in the text only')],
    ['null', null],
    ['a string', 'QuotaExceededError'],
  ])('is not claimed for %s', (_label, error) => {
    expect(isQuotaExceededError(error)).toBe(false);
    expect(toWriteAppError(error).code).not.toBe('storage/quota-exceeded');
  });

  it('turns a quota failure of a write into storage/quota-exceeded and leaves other failures as they were', async () => {
    await expect(withQuotaErrors(() => Promise.reject(new Dexie.AbortError('aborted', quota())))).rejects.toMatchObject({ code: 'storage/quota-exceeded' });
    const other = new AppError('vault/wrong-passphrase');
    await expect(withQuotaErrors(() => Promise.reject(other))).rejects.toBe(other);
    expect(await withQuotaErrors(async () => 7)).toBe(7);
  });
});
