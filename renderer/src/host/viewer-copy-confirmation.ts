import type { Host } from '@shared/ipc/host';
import { ok } from '@shared/ipc/result';

type Listener = () => void;

/**
 * The one question asked before a document leaves the vault for a viewer: a
 * small store the dialog subscribes to, and `ask`, which resolves with the
 * user's answer.
 */
export function createViewerCopyPrompt() {
  let answer: ((proceed: boolean) => void) | null = null;
  const listeners = new Set<Listener>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  return {
    ask: (): Promise<boolean> => {
      answer?.(false);
      return new Promise<boolean>((resolve) => {
        answer = (proceed) => {
          answer = null;
          resolve(proceed);
          notify();
        };
        notify();
      });
    },
    isAsking: (): boolean => answer !== null,
    reply: (proceed: boolean): void => {
      answer?.(proceed);
    },
    subscribe: (listener: Listener): (() => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type ViewerCopyPrompt = ReturnType<typeof createViewerCopyPrompt>;

/**
 * The host with `openInViewer` behind the question: every screen that opens a
 * letter or a scan in a viewer asks first, in one place. A "no" is a quiet
 * success: nothing was opened and nothing went wrong.
 */
export function withViewerCopyConfirmation(host: Host, ask: () => Promise<boolean>): Host {
  return {
    ...host,
    files: {
      ...host.files,
      openInViewer: async (request) => ((await ask()) ? host.files.openInViewer(request) : ok(null)),
    },
  };
}
