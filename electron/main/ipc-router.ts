import type { IpcMainInvokeEvent } from 'electron';
import { toAppError } from '@shared/errors/app-error';
import {
  ipcChannels,
  ipcContract,
  type IpcChannel,
  type IpcRequest,
  type IpcResponse,
} from '@shared/ipc/contract';
import { fail, ok, type Result } from '@shared/ipc/result';
import { isAppUrl } from './app-origin';

/** One implementation per channel; the type makes a missing one a compile error. */
export type IpcHandlers = {
  readonly [C in IpcChannel]: (request: IpcRequest<C>) => Promise<IpcResponse<C>>;
};

type SenderEvent = Pick<IpcMainInvokeEvent, 'senderFrame'>;
type IpcMainLike = { handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown): void };
type ErrorLog = (channel: IpcChannel, code: string, cause: unknown) => void;

/** True only for the top frame of our own renderer; subframes and other origins are foreign. */
export function isTrustedSender(event: SenderEvent): boolean {
  const frame = event.senderFrame;
  if (frame === null || frame === undefined) return false;
  if (frame.parent !== null) return false;
  return isAppUrl(frame.url);
}

/**
 * Turns a typed handler into an IPC listener: checks the sender, parses the
 * untrusted request with the contract's schema, and answers a Result.
 */
export function createIpcListener<C extends IpcChannel>(
  channel: C,
  handler: IpcHandlers[C],
  logError: ErrorLog,
): (event: SenderEvent, raw: unknown) => Promise<Result<IpcResponse<C>>> {
  const schema = ipcContract[channel].request;
  return async (event, raw) => {
    if (!isTrustedSender(event)) return fail('ipc/forbidden-sender');
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return fail('ipc/invalid-request');
    try {
      const run = handler as (request: unknown) => Promise<IpcResponse<C>>;
      return ok(await run(parsed.data));
    } catch (error) {
      const appError = toAppError(error);
      logError(channel, appError.code, appError.cause ?? error);
      return fail(appError.code);
    }
  };
}

/** Registers every channel of the contract on Electron's ipcMain. */
export function registerIpcHandlers(ipcMain: IpcMainLike, handlers: IpcHandlers, logError: ErrorLog): void {
  for (const channel of ipcChannels) {
    const listener = createIpcListener(channel, handlers[channel], logError);
    ipcMain.handle(channel, (event, raw) => listener(event, raw));
  }
}
