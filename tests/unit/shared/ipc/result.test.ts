import { describe, expect, it } from 'vitest';
import { AppError } from '@shared/errors/app-error';
import { fail, ok, valueOrThrow } from '@shared/ipc/result';

describe('valueOrThrow', () => {
  it('gives the value of a success', () => {
    expect(valueOrThrow(ok(42))).toBe(42);
  });

  it('throws a failure as the AppError it carries, so its Chinese message can be shown', () => {
    const thrown = (() => {
      try {
        valueOrThrow(fail('host/unavailable'));
      } catch (error) {
        return error;
      }
      return null;
    })();
    expect(thrown).toBeInstanceOf(AppError);
    expect(thrown).toMatchObject({ code: 'host/unavailable' });
  });
});
