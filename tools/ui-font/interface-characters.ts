import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

// Where the interface's words live: the zh-CN catalogue and error messages
// (shared/), the screens (renderer/src/), the letter the reader shows
// (assets/templates/) and the page itself. Comments are read too: a few
// characters more in the first slice cost less than a missed one.
const sourceFolders = ['shared', 'renderer/src', 'assets/templates'];
const sourceFiles = ['renderer/index.html'];
const sourceExtensions = new Set(['.ts', '.tsx', '.json', '.html']);

// Beside the words: ASCII and Latin-1, general punctuation (—…“”·), arrows,
// circled numbers, geometric shapes and ticks, CJK punctuation and
// full-width forms. Only what the font has ends up in the slice.
const baseRanges: ReadonlyArray<readonly [number, number]> = [
  [0x20, 0x7e],
  [0xa0, 0xff],
  [0x2010, 0x206f],
  [0x2190, 0x21ff],
  [0x2460, 0x24ff],
  [0x25a0, 0x25ff],
  [0x2700, 0x27bf],
  [0x3000, 0x303f],
  [0xff00, 0xffef],
];

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) return filesUnder(full);
      return Promise.resolve(sourceExtensions.has(path.extname(entry.name)) ? [full] : []);
    }),
  );
  return nested.flat();
}

/** Every code point the interface can show, read from the sources at build time. */
export async function collectInterfaceCodePoints(rootDir: string): Promise<Set<number>> {
  const points = new Set<number>();
  for (const [start, end] of baseRanges) for (let point = start; point <= end; point += 1) points.add(point);
  const files = [...(await Promise.all(sourceFolders.map((folder) => filesUnder(path.join(rootDir, folder))))).flat(), ...sourceFiles.map((file) => path.join(rootDir, file))];
  for (const file of files) {
    for (const character of await readFile(file, 'utf8')) {
      const point = character.codePointAt(0)!;
      if (point > 0x7f) points.add(point);
    }
  }
  return points;
}
