// Where to go after a workspace is unlocked: the screen it was locked on,
// carried in the router's location state from the lock to the unlock screen
// (workspace list → unlock). Never anything of the workspace's data, only a
// path of the app, and only for the same workspace.

export type ReturnState = Readonly<{ returnTo: Readonly<{ workspaceId: string | null; pathname: string }> }>;

/** The location state that asks to come back to `pathname` (any workspace when the id is null). */
export function returnState(workspaceId: string | null, pathname: string): ReturnState {
  return { returnTo: { workspaceId, pathname } };
}

function isReturnState(state: unknown): state is ReturnState {
  if (typeof state !== 'object' || state === null || !('returnTo' in state)) return false;
  const returnTo = state.returnTo;
  if (typeof returnTo !== 'object' || returnTo === null) return false;
  const { workspaceId, pathname } = returnTo as Record<string, unknown>;
  return (workspaceId === null || typeof workspaceId === 'string') && typeof pathname === 'string';
}

/** The state to pass on unchanged (list → unlock), or undefined. */
export function passReturnState(state: unknown): ReturnState | undefined {
  return isReturnState(state) ? state : undefined;
}

/**
 * The path to open after unlocking `workspaceId`: the remembered screen when
 * it was this workspace's (or any workspace's), an app path, and not the
 * workspace screens themselves; otherwise 首页.
 */
export function pathAfterUnlock(state: unknown, workspaceId: string): string {
  if (!isReturnState(state)) return '/';
  const { returnTo } = state;
  if (returnTo.workspaceId !== null && returnTo.workspaceId !== workspaceId) return '/';
  const { pathname } = returnTo;
  if (!pathname.startsWith('/') || pathname.startsWith('//') || pathname.startsWith('/workspaces')) return '/';
  return pathname;
}
