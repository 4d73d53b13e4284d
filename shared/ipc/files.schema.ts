import { z } from 'zod';
import { hasViewableExtension } from '../files/document-type';
import { hasControlCharacter } from '../text/characters';

/** Largest file the app reads or writes through a dialog (a scanned PDF stays well below). */
export const maxFileBytes = 200 * 1024 * 1024;

// Names come from our own UI, but main still treats them as hostile: a name
// must never steer a write outside the folder the user picked.
const fileNameSchema = z
  .string()
  .min(1)
  .max(120)
  .refine((name) => !/[\\/:*?"<>|]/.test(name) && !hasControlCharacter(name), { message: 'illegal-character' })
  .refine((name) => name !== '.' && name !== '..' && !name.endsWith('.') && !name.endsWith(' '), {
    message: 'reserved-name',
  });

/** One entry of a dialog's type filter, e.g. PDF 文件 → ["pdf"]. */
export const fileFilterSchema = z.object({
  name: z.string().min(1).max(60),
  extensions: z.array(z.string().regex(/^[a-z0-9]{1,10}$/)).min(1).max(10),
});

/** Request of `files:save`: the bytes and a suggested name; the user picks the place. */
export const saveFileRequestSchema = z.object({
  suggestedName: fileNameSchema,
  filters: z.array(fileFilterSchema).max(5),
  data: z.instanceof(Uint8Array).refine((data) => data.byteLength <= maxFileBytes, { message: 'too-large' }),
});

/** Request of `files:open`: what may be picked and how large it may be. */
export const openFileRequestSchema = z.object({
  filters: z.array(fileFilterSchema).min(1).max(5),
  maxBytes: z.number().int().positive().max(maxFileBytes),
});

export type FileFilter = z.infer<typeof fileFilterSchema>;
export type SaveFileRequest = z.infer<typeof saveFileRequestSchema>;
export type OpenFileRequest = z.infer<typeof openFileRequestSchema>;

/**
 * Request of `files:save-to-folder`: several files kept together in a new
 * folder (its name suggested) inside a folder the user picks — a USB stick,
 * say. Names are checked as for one file, and must differ.
 */
export const saveToFolderRequestSchema = z.object({
  folderName: fileNameSchema,
  files: z
    .array(z.object({ name: fileNameSchema, data: z.instanceof(Uint8Array).refine((data) => data.byteLength <= maxFileBytes, { message: 'too-large' }) }))
    .min(1)
    .max(10)
    .refine((files) => new Set(files.map((file) => file.name.toLowerCase())).size === files.length, { message: 'duplicate-name' }),
});

export type SaveToFolderRequest = z.infer<typeof saveToFolderRequestSchema>;

/**
 * Answer of `files:save`. `saved: true` only when the file is known to be on
 * disk (main wrote it and read it back); a browser that was handed a download
 * cannot tell whether the user kept it, so it answers `handedToBrowser` with
 * the file's name instead; a cancelled dialog is `{ saved: false }`.
 */
export type SaveFileResponse =
  | Readonly<{ saved: true; location: string }>
  | Readonly<{ saved: false; handedToBrowser?: undefined }>
  | Readonly<{ saved: false; handedToBrowser: string }>;

/** The id of a file being written or read piece by piece (given by the host, random). */
export const streamIdSchema = z.string().regex(/^[0-9a-f]{32}$/);

/**
 * The largest piece of a file that crosses the boundary at once. A backup
 * has no size limit: it is written and read in pieces of at most this.
 */
export const maxStreamChunkBytes = 16 * 1024 * 1024;

/** Request of `files:begin-save`: the user picks where; the bytes follow with `streams:write`. */
export const beginSaveRequestSchema = z.object({
  suggestedName: fileNameSchema,
  filters: z.array(fileFilterSchema).max(5),
});

/** A file begun; null when the user cancelled the dialog. */
export type BeginSaveResponse = Readonly<{ streamId: string }> | null;

/** Request of `files:open-for-reading`: a file to read in pieces, however large (a backup). */
export const openForReadingRequestSchema = z.object({ filters: z.array(fileFilterSchema).min(1).max(5) });

/** A file opened for reading: its name (no path) and size; null when the user cancelled. */
export type OpenedForReading = Readonly<{ streamId: string; name: string; size: number }> | null;

/** The next piece of a file being written. */
export const streamWriteRequestSchema = z.object({
  streamId: streamIdSchema,
  data: z.instanceof(Uint8Array).refine((data) => data.byteLength > 0 && data.byteLength <= maxStreamChunkBytes, { message: 'size' }),
});

/** A piece of a file being read. */
export const streamReadRequestSchema = z.object({
  streamId: streamIdSchema,
  offset: z.number().int().nonnegative(),
  length: z.number().int().positive().max(maxStreamChunkBytes),
});

/** Finishes or closes a stream. */
export const streamRequestSchema = z.object({ streamId: streamIdSchema });

export type BeginSaveRequest = z.infer<typeof beginSaveRequestSchema>;
export type OpenForReadingRequest = z.infer<typeof openForReadingRequestSchema>;

/** Answer of `files:open`; null when the user cancelled. */
export type OpenedFile = Readonly<{ name: string; data: Uint8Array<ArrayBuffer> }>;

/**
 * Request of `files:open-in-viewer`: a document to show in the system's viewer
 * (and print from there). The name says what the user opened and must end in
 * .pdf, .png, .jpg or .jpeg; main still checks the bytes and names the copy itself.
 */
export const openInViewerRequestSchema = z.object({
  name: fileNameSchema.refine(hasViewableExtension, { message: 'not-viewable' }),
  data: z.instanceof(Uint8Array).refine((data) => data.byteLength > 0 && data.byteLength <= maxFileBytes, { message: 'size' }),
});

export type OpenInViewerRequest = z.infer<typeof openInViewerRequestSchema>;
