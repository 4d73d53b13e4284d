import { describe, expect, it, vi } from 'vitest';
import { createFileDialogService, hasAllowedExtension } from '@main/services/file-dialog.service';

const pdfFilter = [{ name: 'PDF', extensions: ['pdf'] }];

function service(overrides: Partial<Parameters<typeof createFileDialogService>[0]> = {}) {
  const disk = new Map<string, Uint8Array<ArrayBuffer>>([['/docs/扫描件.pdf', new Uint8Array([37, 80, 68, 70])]]);
  const folders = new Set<string>(['/media/U盘/留存联']);
  const deps = {
    dialog: {
      showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/docs/责任书.pdf' })),
      showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: ['/docs/扫描件.pdf'] })),
    },
    getWindow: () => null,
    defaultDirectory: () => '/docs',
    writeFile: vi.fn(async (file: string, data: Uint8Array) => void disk.set(file, new Uint8Array(data))),
    makeDirectory: vi.fn(async (directory: string) => {
      if (folders.has(directory)) throw Object.assign(new Error('exists'), { code: 'EEXIST' });
      folders.add(directory);
    }),
    readFile: vi.fn(async (file: string) => disk.get(file) ?? Promise.reject(new Error('ENOENT'))),
    fileSize: vi.fn(async () => 4),
    ...overrides,
  };
  return { deps, files: createFileDialogService(deps), disk, folders };
}

describe('file dialog service: several files in a new folder', () => {
  const request = { folderName: '留存联', files: [{ name: '责任书.pdf', data: new Uint8Array([37, 80, 68, 70]) }, { name: '清单.json', data: new Uint8Array([123, 125]) }] };

  it('makes a new folder inside the one the user picks — never into one that exists — and reads every file back', async () => {
    const { files, disk } = service({ dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: ['/media/U盘'] })) } });
    expect(await files.saveToFolder(request)).toEqual({ saved: true, location: '/media/U盘/留存联（2）' });
    expect(disk.get('/media/U盘/留存联（2）/责任书.pdf')).toEqual(new Uint8Array([37, 80, 68, 70]));
    expect(disk.get('/media/U盘/留存联（2）/清单.json')).toEqual(new Uint8Array([123, 125]));
  });

  it('writes nothing when the user cancels, and reports a file that did not reach the disk intact', async () => {
    const cancelled = service({ dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })) } });
    expect(await cancelled.files.saveToFolder(request)).toEqual({ saved: false });
    expect(cancelled.deps.writeFile).not.toHaveBeenCalled();
    const damaged = service({ dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: ['/media'] })) }, readFile: vi.fn(async () => new Uint8Array([0])) });
    await expect(damaged.files.saveToFolder(request)).rejects.toMatchObject({ code: 'files/write-failed' });
  });
});

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
