import type { IpcMainInvokeEvent } from 'electron';
import { toAppError } from '@shared/errors/app-error';
import {
  ipcCallers,
  ipcChannels,
  ipcContract,
  type IpcCaller,
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

type SenderEvent = Pick<IpcMainInvokeEvent, 'senderFrame'> & { readonly sender?: Readonly<{ id: number }> | undefined };
type IpcMainLike = { handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown): void };
type ErrorLog = (channel: IpcChannel, code: string, cause: unknown) => void;

/** Which of our windows sent a call, or null for any other web contents. */
export type CallerOf = (event: SenderEvent) => IpcCaller | null;

export type IpcGuard = Readonly<{ logError: ErrorLog; callerOf: CallerOf }>;

type RegisteredContents = Readonly<{ id: number; once(event: 'destroyed', listener: () => void): unknown }>;

/**
 * Remembers which web contents is the main window and which the pad window,
 * by Electron's id: a page that navigates keeps its id, so a pad window that
 * loads the app's start page still gets only the pad's channels.
 */
export function createCallerRegistry() {
  const callers = new Map<number, IpcCaller>();
  return {
    register(contents: RegisteredContents, caller: IpcCaller): void {
      callers.set(contents.id, caller);
      contents.once('destroyed', () => callers.delete(contents.id));
    },
    callerOf: ((event) => (event.sender === undefined ? null : (callers.get(event.sender.id) ?? null))) satisfies CallerOf,
  };
}

/** True only for the top frame of our own renderer; subframes and other origins are foreign. */
export function isTrustedSender(event: SenderEvent): boolean {
  const frame = event.senderFrame;
  if (frame === null || frame === undefined) return false;
  if (frame.parent !== null) return false;
  return isAppUrl(frame.url);
}

/** True when the window that sent the call may use the channel (the pad window only the pad's). */
export function isAllowedCaller(channel: IpcChannel, caller: IpcCaller | null): boolean {
  return caller !== null && (ipcCallers[channel] as readonly IpcCaller[]).includes(caller);
}

/**
 * Turns a typed handler into an IPC listener: checks the sender (our page,
 * top frame, a window allowed this channel), parses the untrusted request
 * with the contract's schema, and answers a Result.
 */
export function createIpcListener<C extends IpcChannel>(
  channel: C,
  handler: IpcHandlers[C],
  guard: IpcGuard,
): (event: SenderEvent, raw: unknown) => Promise<Result<IpcResponse<C>>> {
  const schema = ipcContract[channel].request;
  const { logError, callerOf } = guard;
  return async (event, raw) => {
    if (!isTrustedSender(event) || !isAllowedCaller(channel, callerOf(event))) return fail('ipc/forbidden-sender');
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
export function registerIpcHandlers(ipcMain: IpcMainLike, handlers: IpcHandlers, guard: IpcGuard): void {
  for (const channel of ipcChannels) {
    const listener = createIpcListener(channel, handlers[channel], guard);
    ipcMain.handle(channel, (event, raw) => listener(event, raw));
  }
}
