import type { IpcRequest, IpcResponse, PadResult } from './contract';
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
    /** Shows a document (a signed PDF, a scan) in the system's viewer, where it can be printed: a clear copy leaves the vault. */
    openInViewer(request: IpcRequest<'files:open-in-viewer'>): Promise<Result<IpcResponse<'files:open-in-viewer'>>>;
    /** Several files in a new folder where the user picks (a USB stick); a browser hands each to its downloads. */
    saveToFolder(request: IpcRequest<'files:save-to-folder'>): Promise<Result<IpcResponse<'files:save-to-folder'>>>;
    /** Deletes the clear copies handed to viewers so far (called on lock). */
    discardViewerCopies(): Promise<Result<IpcResponse<'files:discard-viewer-copies'>>>;
    /** Asks where to save a file whose bytes follow in pieces (`streams.write`), then `finishSave`. */
    beginSave(request: IpcRequest<'files:begin-save'>): Promise<Result<IpcResponse<'files:begin-save'>>>;
    /** The file is whole: desktop writes it under its name and reads it back; the browser hands it to its downloads. */
    finishSave(request: IpcRequest<'files:finish-save'>): Promise<Result<IpcResponse<'files:finish-save'>>>;
    /** Lets the user pick a file to be read in pieces (`streams.read`), however large. */
    openForReading(request: IpcRequest<'files:open-for-reading'>): Promise<Result<IpcResponse<'files:open-for-reading'>>>;
  }>;
  /**
   * Files written or read piece by piece: a backup of any size crosses the
   * boundary in pieces of at most 16 MiB and is never one buffer in memory.
   */
  streams: Readonly<{
    write(request: IpcRequest<'streams:write'>): Promise<Result<IpcResponse<'streams:write'>>>;
    read(request: IpcRequest<'streams:read'>): Promise<Result<IpcResponse<'streams:read'>>>;
    /** Ends a read, or abandons a write (nothing is left under the file's name). */
    close(request: IpcRequest<'streams:close'>): Promise<Result<IpcResponse<'streams:close'>>>;
  }>;
  /** What the host keeps per workspace outside the workspace's database. */
  workspaces: Readonly<{
    /**
     * Forgets a deleted workspace: its snapshots, its device key, its reminder
     * schedule, and the viewer copies (which carry no workspace name).
     */
    forget(request: IpcRequest<'workspaces:forget'>): Promise<Result<IpcResponse<'workspaces:forget'>>>;
  }>;
  /**
   * The camera, for capturing a seal or thumbprint: the desktop app grants the
   * permission only between begin and end; a browser asks the user itself.
   */
  camera: Readonly<{
    begin(): Promise<Result<IpcResponse<'camera:begin'>>>;
    end(): Promise<Result<IpcResponse<'camera:end'>>>;
  }>;
  /**
   * Deadline reminders: main keeps the schedule (no personal data) and raises
   * OS notifications, also from the tray; the browser mode uses the
   * Notification API while the page is open.
   */
  reminders: Readonly<{
    setSchedule(schedule: IpcRequest<'reminders:set-schedule'>): Promise<Result<IpcResponse<'reminders:set-schedule'>>>;
    getSettings(): Promise<Result<IpcResponse<'reminders:get-settings'>>>;
    setStartAtLogin(request: IpcRequest<'reminders:set-start-at-login'>): Promise<Result<IpcResponse<'reminders:set-start-at-login'>>>;
    /** Browser mode: asks for permission to show notifications (a user gesture). */
    requestPermission(): Promise<Result<IpcResponse<'reminders:get-settings'>>>;
    /** Calls the listener with an item id when its notification is clicked; returns the unsubscribe function. */
    onOpen(listener: (itemId: string) => void): () => void;
    /** Every workspace's kept schedule, readable while all are locked (it holds no personal data). */
    overview(): Promise<Result<IpcResponse<'reminders:overview'>>>;
  }>;
  /** The signing pad full-screen on a pen display (desktop app only). */
  pad: Readonly<{
    open(): Promise<Result<IpcResponse<'pad:open'>>>;
    submit(capture: IpcRequest<'pad:submit'>): Promise<Result<IpcResponse<'pad:submit'>>>;
    close(): Promise<Result<IpcResponse<'pad:close'>>>;
    /** Calls the listener with the strokes signed on the pad window; returns the unsubscribe function. */
    onResult(listener: (capture: PadResult) => void): () => void;
  }>;
  /** 商户操作模式: the desktop app moves the window to the pen display and fills it; a browser keeps its window. */
  presentation: Readonly<{
    enter(): Promise<Result<IpcResponse<'presentation:enter'>>>;
    exit(): Promise<Result<IpcResponse<'presentation:exit'>>>;
  }>;
  /** "Remember on this device": the OS keychain wraps the data key (desktop app only). */
  vault: Readonly<{
    deviceStatus(request: IpcRequest<'vault:device-status'>): Promise<Result<IpcResponse<'vault:device-status'>>>;
    rememberOnDevice(request: IpcRequest<'vault:remember-device'>): Promise<Result<IpcResponse<'vault:remember-device'>>>;
    recallFromDevice(request: IpcRequest<'vault:recall-device'>): Promise<Result<IpcResponse<'vault:recall-device'>>>;
    forgetDevice(request: IpcRequest<'vault:forget-device'>): Promise<Result<IpcResponse<'vault:forget-device'>>>;
  }>;
  /** Daily encrypted snapshots outside the browser profile (desktop app only). */
  snapshots: Readonly<{
    status(request: IpcRequest<'snapshots:status'>): Promise<Result<IpcResponse<'snapshots:status'>>>;
    /** Begins a snapshot whose bytes follow in pieces (`streams.write`). */
    begin(request: IpcRequest<'snapshots:begin'>): Promise<Result<IpcResponse<'snapshots:begin'>>>;
    /** The snapshot is whole: written under its name, read back and compared, older ones pruned. */
    finish(request: IpcRequest<'snapshots:finish'>): Promise<Result<IpcResponse<'snapshots:finish'>>>;
  }>;
  storage: Readonly<{
    freeSpace(): Promise<Result<IpcResponse<'storage:free-space'>>>;
  }>;
  session: Readonly<{
    /** Calls the listener when the system asks for a lock; returns the unsubscribe function. */
    onLockRequested(listener: () => void): () => void;
  }>;
}>;

/**
 * What the pen-display window of the desktop app is given, and nothing more:
 * hand back the strokes, or give up. It holds no workspace and reaches no file.
 */
export type PadHost = Readonly<{
  pad: Pick<Host['pad'], 'submit' | 'close'>;
}>;
