import { AppError, toAppError } from '@shared/errors/app-error';

// How deep to look through wrappers: Dexie puts the browser's error in
// `inner` (an AbortError of the transaction whose inner is the
// QuotaExceededError), a BulkError lists its `failures`, and our own
// AppErrors keep theirs in `cause`.
const deepestWrapping = 6;

/**
 * True when a failed write failed because the origin's storage quota (or
 * the disk) is full: a DOMException named QuotaExceededError (legacy code
 * 22), also when Dexie wrapped it (Dexie.QuotaExceededError, or the inner
 * error of an AbortError or a BulkError).
 */
export function isQuotaExceededError(error: unknown, depth = 0): boolean {
  if (depth > deepestWrapping || typeof error !== 'object' || error === null) return false;
  const candidate = error as { name?: unknown; code?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (candidate.name === 'QuotaExceededError') return true;
  if (candidate.name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
  if (typeof DOMException !== 'undefined' && error instanceof DOMException && candidate.code === 22) return true;
  const failures: unknown[] = Array.isArray(candidate.failures)
    ? (candidate.failures as unknown[])
    : typeof candidate.failures === 'object' && candidate.failures !== null
      ? Object.values(candidate.failures)
      : [];
  return [candidate.inner, candidate.cause, ...failures].some((inner) => inner !== undefined && isQuotaExceededError(inner, depth + 1));
}

/** The AppError to show for a failed write: `storage/quota-exceeded` when the quota is the cause, else as toAppError. */
export function toWriteAppError(error: unknown): AppError {
  if (error instanceof AppError && error.code === 'storage/quota-exceeded') return error;
  if (isQuotaExceededError(error)) return new AppError('storage/quota-exceeded', { cause: error });
  return toAppError(error);
}

/** Runs a write; a quota failure comes out as `storage/quota-exceeded`, anything else unchanged. */
export async function withQuotaErrors<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isQuotaExceededError(error) && !(error instanceof AppError && error.code === 'storage/quota-exceeded')) {
      throw new AppError('storage/quota-exceeded', { cause: error });
    }
    throw error;
  }
}
