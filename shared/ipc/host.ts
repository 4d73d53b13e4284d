import type { IpcRequest, IpcResponse } from './contract';
import type { Result } from './result';

/**
 * What the renderer may ask of its host, grouped by capability. Electron
 * implements it in the preload (over IPC); the browser mode implements it over
 * web APIs. Every method answers a Result; none throws across the boundary.
 */
export type Host = Readonly<{
  app: Readonly<{
    getInfo(): Promise<Result<IpcResponse<'app:get-info'>>>;
  }>;
  files: Readonly<{
    saveFile(request: IpcRequest<'files:save'>): Promise<Result<IpcResponse<'files:save'>>>;
    openFile(request: IpcRequest<'files:open'>): Promise<Result<IpcResponse<'files:open'>>>;
  }>;
}>;
