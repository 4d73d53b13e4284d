import { contextBridge, ipcRenderer } from 'electron';
import type { IpcChannel, IpcRequest, IpcResponse } from '@shared/ipc/contract';
import type { PadHost } from '@shared/ipc/host';
import type { Result } from '@shared/ipc/result';

// The preload of the pen-display window: it shows only the signing pad and
// holds no workspace, so it gets the two calls that finish or cancel a
// signature and nothing else. Main refuses every other channel from this
// window as well, should this file ever give more.
function call<C extends IpcChannel>(channel: C, request: IpcRequest<C>): Promise<Result<IpcResponse<C>>> {
  return ipcRenderer.invoke(channel, request) as Promise<Result<IpcResponse<C>>>;
}

const padHost = {
  pad: {
    submit: (capture) => call('pad:submit', capture),
    close: () => call('pad:close', undefined),
  },
} satisfies PadHost;

contextBridge.exposeInMainWorld('padHost', padHost);
