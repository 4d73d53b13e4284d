import { describe, expect, it } from 'vitest';
import { openFileRequestSchema, saveFileRequestSchema, saveToFolderRequestSchema } from '@shared/ipc/files.schema';

const valid = { suggestedName: '责任书-经营者留存联.pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }], data: new Uint8Array([1, 2]) };

describe('saveFileRequestSchema', () => {
  it('accepts a plain Chinese file name with a filter', () => {
    expect(saveFileRequestSchema.safeParse(valid).success).toBe(true);
  });

  it.each([
    ['empty name', { ...valid, suggestedName: '' }],
    ['path separator', { ...valid, suggestedName: '../etc/passwd' }],
    ['backslash', { ...valid, suggestedName: '..\\evil.pdf' }],
    ['drive colon', { ...valid, suggestedName: 'C:evil.pdf' }],
    ['NUL byte', { ...valid, suggestedName: 'a\u0000.pdf' }],
    ['newline', { ...valid, suggestedName: 'a\n.pdf' }],
    ['dot', { ...valid, suggestedName: '.' }],
    ['dot dot', { ...valid, suggestedName: '..' }],
    ['trailing dot', { ...valid, suggestedName: 'report.' }],
    ['too long', { ...valid, suggestedName: `${'长'.repeat(121)}` }],
    ['wildcard', { ...valid, suggestedName: '*.pdf' }],
    ['upper-case extension filter', { ...valid, filters: [{ name: 'PDF', extensions: ['PDF'] }] }],
    ['dotted extension filter', { ...valid, filters: [{ name: 'PDF', extensions: ['.pdf'] }] }],
    ['data as plain array', { ...valid, data: [1, 2] }],
    ['data as string', { ...valid, data: 'abc' }],
    ['missing data', { suggestedName: 'a.pdf', filters: [] }],
    ['not an object', 'a.pdf'],
    ['null', null],
  ])('refuses %s', (_label, input) => {
    expect(saveFileRequestSchema.safeParse(input).success).toBe(false);
  });
});

describe('openFileRequestSchema', () => {
  it('accepts filters and a size limit', () => {
    expect(openFileRequestSchema.safeParse({ filters: [{ name: '图片', extensions: ['png', 'jpg'] }], maxBytes: 1024 }).success).toBe(true);
  });

  it.each([
    ['no filter', { filters: [], maxBytes: 10 }],
    ['zero size', { filters: [{ name: 'PDF', extensions: ['pdf'] }], maxBytes: 0 }],
    ['fractional size', { filters: [{ name: 'PDF', extensions: ['pdf'] }], maxBytes: 1.5 }],
    ['size above the cap', { filters: [{ name: 'PDF', extensions: ['pdf'] }], maxBytes: 10 * 1024 * 1024 * 1024 }],
    ['extension with path', { filters: [{ name: 'x', extensions: ['../x'] }], maxBytes: 10 }],
  ])('refuses %s', (_label, input) => {
    expect(openFileRequestSchema.safeParse(input).success).toBe(false);
  });
});

describe('save-to-folder requests', () => {
  const pdf = { name: '责任书.pdf', data: new Uint8Array([1]) };
  it.each([
    ['a folder name with a path', { folderName: '../外面', files: [pdf] }],
    ['a file name with a path', { folderName: '留存联', files: [{ ...pdf, name: 'a/b.pdf' }] }],
    ['two files of one name', { folderName: '留存联', files: [pdf, { ...pdf, name: '责任书.PDF' }] }],
    ['no file', { folderName: '留存联', files: [] }],
    ['eleven files', { folderName: '留存联', files: Array.from({ length: 11 }, (_, i) => ({ ...pdf, name: `${i}.pdf` })) }],
  ])('refuses %s', (_label, request) => {
    expect(saveToFolderRequestSchema.safeParse(request).success).toBe(false);
  });

  it('takes a few named files for a new folder', () => {
    expect(saveToFolderRequestSchema.safeParse({ folderName: '服务提供方留存联-城南小吃店', files: [pdf, { name: '核对清单.json', data: new Uint8Array([123]) }] }).success).toBe(true);
  });
});
