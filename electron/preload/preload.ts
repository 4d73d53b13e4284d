import { contextBridge, ipcRenderer } from 'electron';
import type { IpcChannel, IpcRequest, IpcResponse } from '@shared/ipc/contract';
import type { Host } from '@shared/ipc/host';
import type { Result } from '@shared/ipc/result';

// Internal to the preload: the renderer only ever sees the fixed methods below,
// never ipcRenderer and never a call by channel name.
function call<C extends IpcChannel>(channel: C, request: IpcRequest<C>): Promise<Result<IpcResponse<C>>> {
  return ipcRenderer.invoke(channel, request) as Promise<Result<IpcResponse<C>>>;
}

const host = {
  app: {
    getInfo: () => call('app:get-info', undefined),
  },
  files: {
    saveFile: (request) => call('files:save', request),
    openFile: (request) => call('files:open', request),
  },
} satisfies Host;

contextBridge.exposeInMainWorld('host', host);
