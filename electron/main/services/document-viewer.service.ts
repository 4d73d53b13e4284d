import path from 'node:path';
import { AppError } from '@shared/errors/app-error';

export type ViewerDependencies = Readonly<{
  temporaryDirectory: () => string;
  makeDirectory: (directory: string) => Promise<void>;
  writeFile: (file: string, data: Uint8Array) => Promise<void>;
  /** Electron's shell.openPath: resolves to an error message, '' on success. */
  openPath: (file: string) => Promise<string>;
}>;

/**
 * Opens a document in the system's own viewer (to read or print it): the
 * bytes go to a private temporary folder under a name main chose, never to a
 * path the renderer named.
 */
export function createDocumentViewerService(deps: ViewerDependencies) {
  return {
    async open(name: string, data: Uint8Array): Promise<null> {
      const directory = deps.temporaryDirectory();
      const file = path.join(directory, path.basename(name));
      try {
        await deps.makeDirectory(directory);
        await deps.writeFile(file, data);
      } catch (cause) {
        throw new AppError('files/write-failed', { cause });
      }
      const failure = await deps.openPath(file);
      if (failure !== '') throw new AppError('host/unavailable', { cause: new Error(failure) });
      return null;
    },
  };
}
