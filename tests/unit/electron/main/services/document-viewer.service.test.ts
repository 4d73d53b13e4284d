import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createIpcListener } from '@main/ipc-router';
import { createNodeDocumentViewer, viewerCopiesDirectory } from '@main/ipc-handlers';
import { createDocumentViewerService } from '@main/services/document-viewer.service';

const bytes = (text: string) => new TextEncoder().encode(text);
const pdf = bytes('%PDF-1.7\n1 0 obj\n');
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
const windowsExecutable = new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]);
const linuxExecutable = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]);

function fakeViewer() {
  const writeFile = vi.fn(async (_file: string, _data: Uint8Array) => undefined);
  const openPath = vi.fn(async (_file: string) => '');
  const viewer = createDocumentViewerService({
    directory: () => '/home/a/.config/app/viewer-copies',
    makePrivateDirectory: vi.fn(async () => undefined),
    writeFile,
    removeDirectory: vi.fn(async () => undefined),
    randomName: () => '查看副本-0a1b2c',
    openPath,
  });
  return { viewer, writeFile, openPath };
}

describe('document viewer: only documents, under a name main chose', () => {
  it.each([
    ['x.bat', pdf],
    ['run.bat', pdf],
    ['x.hta', pdf],
    ['a.lnk', pdf],
    ['d.desktop', pdf],
    ['a.png whose bytes are a Windows executable', windowsExecutable, 'a.png'],
    ['a.pdf whose bytes are a Linux executable', linuxExecutable, 'a.pdf'],
    ['a.pdf whose bytes are a shell script', bytes('#!/bin/sh\nrm -rf ~\n'), 'a.pdf'],
    ['a PNG named .pdf', png, 'scan.pdf'],
    ['an empty-extension name', pdf, 'letter'],
  ])('refuses %s without writing or opening anything', async (label, data, name = label) => {
    const { viewer, writeFile, openPath } = fakeViewer();
    await expect(viewer.open(name, data)).rejects.toMatchObject({ code: 'files/unsupported-type' });
    expect(writeFile).not.toHaveBeenCalled();
    expect(openPath).not.toHaveBeenCalled();
  });

  it.each(['../../x.pdf', 'sub/x.pdf', '..\\..\\Startup\\x.pdf', 'C:\\Users\\a\\x.pdf'])('refuses a PDF name with a path: %s', async (name) => {
    const { viewer, writeFile, openPath } = fakeViewer();
    await expect(viewer.open(name, pdf)).rejects.toMatchObject({ code: 'ipc/invalid-request' });
    expect(writeFile).not.toHaveBeenCalled();
    expect(openPath).not.toHaveBeenCalled();
  });

  it.each([
    ['责任书.pdf', pdf, '.pdf'],
    ['扫描件.PNG', png, '.png'],
    ['扫描件.jpeg', jpeg, '.jpg'],
  ])('opens %s as a copy named by main, with the extension of its bytes', async (name, data, extension) => {
    const { viewer, writeFile, openPath } = fakeViewer();
    await viewer.open(name, data);
    const file = `/home/a/.config/app/viewer-copies/查看副本-0a1b2c${extension}`;
    expect(writeFile).toHaveBeenCalledWith(file, data);
    expect(openPath).toHaveBeenCalledWith(file);
  });

  it('reports a viewer that could not open the file', async () => {
    const viewer = createDocumentViewerService({
      directory: () => '/v',
      makePrivateDirectory: vi.fn(async () => undefined),
      writeFile: vi.fn(async () => undefined),
      removeDirectory: vi.fn(async () => undefined),
      randomName: () => 'x',
      openPath: vi.fn(async () => 'no application'),
    });
    await expect(viewer.open('a.pdf', pdf)).rejects.toMatchObject({ code: 'host/unavailable' });
  });
});

describe('files:open-in-viewer over IPC', () => {
  const main = { logError: vi.fn(), callerOf: () => 'main' as const };
  const event = { senderFrame: { url: 'app://app/documents', parent: null }, sender: { id: 1 } };

  it.each([
    ['x.bat', { name: 'x.bat', data: pdf }],
    ['a path', { name: '../../x.pdf', data: pdf }],
    ['a backslash path', { name: '..\\x.pdf', data: pdf }],
  ])('answers %s with ipc/invalid-request before the viewer runs', async (_label, request) => {
    const handler = vi.fn(async () => null);
    expect(await createIpcListener('files:open-in-viewer', handler, main)(event as never, request)).toEqual({ ok: false, error: { code: 'ipc/invalid-request' } });
    expect(handler).not.toHaveBeenCalled();
  });

  it('passes a PNG name whose bytes are an executable to the viewer, which refuses it', async () => {
    const { viewer, openPath } = fakeViewer();
    const listener = createIpcListener('files:open-in-viewer', ({ name, data }) => viewer.open(name, data), main);
    expect(await listener(event as never, { name: 'a.png', data: windowsExecutable })).toEqual({ ok: false, error: { code: 'files/unsupported-type' } });
    expect(openPath).not.toHaveBeenCalled();
  });
});

describe('viewer copies on disk', () => {
  let userData = '';
  afterEach(async () => {
    if (userData !== '') await rm(userData, { recursive: true, force: true });
  });

  it('go to a folder of the app only this user can read, never the shared temp folder, and are deleted on discard', async () => {
    userData = await mkdtemp(path.join(tmpdir(), 'sms-ca-viewer-'));
    const opened: string[] = [];
    const viewer = createNodeDocumentViewer(() => userData, async (file) => {
      opened.push(file);
      return '';
    });
    const folder = viewerCopiesDirectory(userData);
    await writeFile(path.join(userData, 'unrelated.txt'), 'kept');
    await viewer.open('责任书.pdf', pdf);
    await viewer.open('扫描件.png', png);
    expect(opened).toHaveLength(2);
    for (const file of opened) {
      expect(path.dirname(file)).toBe(folder);
      expect(path.basename(file)).not.toContain('责任书');
    }
    expect(path.relative(userData, folder).startsWith('..')).toBe(false);
    if (process.platform !== 'win32') expect((await stat(folder)).mode & 0o777).toBe(0o700);
    expect(await readdir(folder)).toHaveLength(2);

    await viewer.discardCopies();
    await expect(stat(folder)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await readdir(userData)).toEqual(['unrelated.txt']);
    await viewer.discardCopies();
  });
});
