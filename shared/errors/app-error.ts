/**
 * Every failure the app can name. Only `{ code }` crosses the process boundary;
 * the zh-CN text lives in `error-messages.zh-CN.ts`, keyed by this union.
 */
export const appErrorCodes = [
  'ipc/forbidden-sender',
  'ipc/invalid-request',
  'ipc/unknown-channel',
  'files/too-large',
  'files/write-failed',
  'files/read-failed',
  'files/unsupported-type',
  'files/remove-failed',
  'host/unavailable',
  'external/url-refused',
  'vault/wrong-passphrase',
  'vault/wrong-recovery-code',
  'vault/too-many-attempts',
  'vault/weak-passphrase',
  'vault/locked',
  'vault/record-unreadable',
  'vault/key-file-invalid',
  'vault/key-file-newer',
  'vault/workspace-missing',
  'vault/keychain-unavailable',
  'vault/keychain-failed',
  'vault/audit-broken',
  'vault/rotation-in-progress',
  'storage/newer-version',
  'storage/open-failed',
  'storage/write-failed',
  'storage/concurrent-write',
  'storage/invalid-row',
  'storage/quota-exceeded',
  'backup/not-a-backup',
  'backup/newer-version',
  'backup/wrong-passphrase',
  'backup/damaged',
  'backup/truncated',
  'backup/verify-failed',
  'backup/audit-broken',
  'letter/unknown-template',
  'retention/record-kept',
  'retention/workspace-kept',
  'review/content-locked',
  'review/complete',
  'review/same-reviewer',
  'review/reviewer-unavailable',
  'review/before-registration',
  'review/hits-not-acknowledged',
  'review/not-approved',
  'review/not-a-batch',
  'review/already-sent',
  'review/sent-before-review',
  'scenario/not-selectable',
  'scope-change/not-applied',
  'scope-change/answered',
  'scope-change/before-application',
  'scope-change/evidence-missing',
  'handover/same-passphrase',
  'ui/render-failed',
  'ui/preload-missing',
  'ui/page-not-found',
  'internal/unexpected',
] as const;

export type AppErrorCode = (typeof appErrorCodes)[number];

/** The serialisable form of an error, the only shape that crosses IPC. */
export type AppErrorData = Readonly<{ code: AppErrorCode }>;

/** An error the app can explain to the user by its code. */
export class AppError extends Error {
  readonly code: AppErrorCode;

  constructor(code: AppErrorCode, options?: { cause?: unknown }) {
    super(code, options);
    this.name = 'AppError';
    this.code = code;
  }
}

/** True when the value is one of the known error codes. */
export function isAppErrorCode(value: unknown): value is AppErrorCode {
  return typeof value === 'string' && (appErrorCodes as readonly string[]).includes(value);
}

/** Maps any thrown value to an AppError, keeping the original as its cause. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  return new AppError('internal/unexpected', { cause: error });
}
