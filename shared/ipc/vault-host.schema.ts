import { z } from 'zod';

/** A workspace id as it may cross the boundary: 32 lower-case hex digits, nothing a path could abuse. */
export const workspaceIdSchema = z.string().regex(/^[0-9a-f]{32}$/);

export const workspaceRequestSchema = z.object({ workspaceId: workspaceIdSchema });

/** The raw data key, handed to main only to be wrapped by the OS keychain. */
export const rememberDeviceRequestSchema = z.object({
  workspaceId: workspaceIdSchema,
  dataKey: z.instanceof(Uint8Array).refine((key) => key.byteLength === 32, { message: 'key-length' }),
});

/**
 * Request of `snapshots:begin`: the day's snapshot, or the one taken of a
 * workspace just before a restore replaces it. The bytes follow with
 * `streams:write`, however many there are.
 */
export const snapshotBeginRequestSchema = z.object({
  workspaceId: workspaceIdSchema,
  kind: z.enum(['daily', 'before-restore']),
});

export type SnapshotKind = z.infer<typeof snapshotBeginRequestSchema>['kind'];

/** A snapshot begun, or none needed (today's is there). */
export type SnapshotBeginResult = Readonly<{ streamId: string }> | Readonly<{ written: false; reason: 'already-today' }>;

export type WorkspaceRequest = z.infer<typeof workspaceRequestSchema>;

/** Whether "remember on this device" can work here, and whether it is on for the workspace. */
export type DeviceKeyStatus = Readonly<{ supported: boolean; remembered: boolean; backend: string }>;

/** Automatic snapshots: only the desktop app keeps them (outside the browser profile). */
export type SnapshotStatus =
  | Readonly<{ supported: false }>
  | Readonly<{ supported: true; lastAt: number | null; count: number; folder: string }>;

export type SnapshotWriteResult = Readonly<{ written: true; location: string }> | Readonly<{ written: false; reason: 'already-today' }>;

/** Free bytes where the app stores data; null where the platform will not say. */
export type FreeSpace = Readonly<{ freeBytes: number | null }>;
