import { AppError, type AppErrorCode, type AppErrorData } from '../errors/app-error';

/** What every IPC call and every Host method answers. */
export type Result<T> = Readonly<{ ok: true; value: T }> | Readonly<{ ok: false; error: AppErrorData }>;

/** Wraps a value as a success. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Wraps an error code as a failure; no message or stack crosses the boundary. */
export function fail<T = never>(code: AppErrorCode): Result<T> {
  return { ok: false, error: { code } };
}

/** The value of a success; a failure is thrown as the AppError it carries. */
export function valueOrThrow<T>(result: Result<T>): T {
  if (!result.ok) throw new AppError(result.error.code);
  return result.value;
}
