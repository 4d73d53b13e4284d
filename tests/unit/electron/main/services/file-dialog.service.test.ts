import { describe, expect, it, vi } from 'vitest';
import { createFileDialogService, hasAllowedExtension } from '@main/services/file-dialog.service';

const pdfFilter = [{ name: 'PDF', extensions: ['pdf'] }];

function service(overrides: Partial<Parameters<typeof createFileDialogService>[0]> = {}) {
  const disk = new Map<string, Uint8Array<ArrayBuffer>>([['/docs/扫描件.pdf', new Uint8Array([37, 80, 68, 70])]]);
  const deps = {
    dialog: {
      showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/docs/责任书.pdf' })),
      showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: ['/docs/扫描件.pdf'] })),
    },
    getWindow: () => null,
    defaultDirectory: () => '/docs',
    writeFile: vi.fn(async (file: string, data: Uint8Array) => void disk.set(file, new Uint8Array(data))),
    readFile: vi.fn(async (file: string) => disk.get(file) ?? Promise.reject(new Error('ENOENT'))),
    fileSize: vi.fn(async () => 4),
    ...overrides,
  };
  return { deps, files: createFileDialogService(deps) };
}

describe('file dialog service: save', () => {
  it('proposes the suggested name in the default folder and writes the bytes where the user chose', async () => {
    const { deps, files } = service();
    const data = new Uint8Array([1, 2, 3]);
    const result = await files.saveFile({ suggestedName: '责任书.pdf', filters: pdfFilter, data });
    expect(result).toEqual({ saved: true, location: '/docs/责任书.pdf' });
    expect(deps.dialog.showSaveDialog).toHaveBeenCalledWith({ defaultPath: '/docs/责任书.pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }] });
    expect(deps.writeFile).toHaveBeenCalledWith('/docs/责任书.pdf', data);
  });

  it('writes nothing when the user cancels', async () => {
    const { deps, files } = service({ dialog: { showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })), showOpenDialog: vi.fn() } });
    expect(await files.saveFile({ suggestedName: 'a.pdf', filters: pdfFilter, data: new Uint8Array(1) })).toEqual({ saved: false });
    expect(deps.writeFile).not.toHaveBeenCalled();
  });

  it('reports a file that reads back different from what was written', async () => {
    const { files } = service({ readFile: vi.fn(async () => new Uint8Array([9, 9, 9])) });
    await expect(files.saveFile({ suggestedName: 'a.pdf', filters: pdfFilter, data: new Uint8Array([1, 2, 3]) })).rejects.toMatchObject({
      code: 'files/write-failed',
    });
  });

  it('reports a failed write as files/write-failed', async () => {
    const { files } = service({ writeFile: vi.fn(async () => Promise.reject(new Error('ENOSPC'))) });
    await expect(files.saveFile({ suggestedName: 'a.pdf', filters: pdfFilter, data: new Uint8Array(1) })).rejects.toMatchObject({
      code: 'files/write-failed',
    });
  });
});

describe('file dialog service: open', () => {
  it('returns the picked file name and bytes', async () => {
    const { files } = service();
    expect(await files.openFile({ filters: pdfFilter, maxBytes: 10 })).toEqual({ name: '扫描件.pdf', data: new Uint8Array([37, 80, 68, 70]) });
  });

  it('returns null when the user cancels', async () => {
    const { files } = service({ dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })) } });
    expect(await files.openFile({ filters: pdfFilter, maxBytes: 10 })).toBeNull();
  });

  it('refuses a file above the size limit before reading it', async () => {
    const { deps, files } = service({ fileSize: vi.fn(async () => 11) });
    await expect(files.openFile({ filters: pdfFilter, maxBytes: 10 })).rejects.toMatchObject({ code: 'files/too-large' });
    expect(deps.readFile).not.toHaveBeenCalled();
  });

  it('refuses a file whose type the filter did not offer', async () => {
    const { files } = service({ dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: ['/docs/run.exe'] })) } });
    await expect(files.openFile({ filters: pdfFilter, maxBytes: 10 })).rejects.toMatchObject({ code: 'files/unsupported-type' });
  });

  it('reports an unreadable file as files/read-failed', async () => {
    const { files } = service({ readFile: vi.fn(async () => Promise.reject(new Error('EACCES'))) });
    await expect(files.openFile({ filters: pdfFilter, maxBytes: 10 })).rejects.toMatchObject({ code: 'files/read-failed' });
  });

  it('compares extensions without regard to case', () => {
    expect(hasAllowedExtension('/a/B.PDF', pdfFilter)).toBe(true);
    expect(hasAllowedExtension('/a/pdf', pdfFilter)).toBe(false);
  });
});
