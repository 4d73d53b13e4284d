import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import subsetFont from 'subset-font';
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { fontFaceCss, gb2312CodePoints, planFontSlices } from './font-slices.ts';
import { collectInterfaceCodePoints } from './interface-characters.ts';
import { mappedCodePoints } from './ttf-cmap.ts';

export type UiFontOptions = Readonly<{
  rootDir: string;
  /** The TrueType font, relative to rootDir. */
  fontFile: string;
  /** The family the stylesheet names first (renderer/src/styles/app.css). */
  family: string;
}>;

type BuiltFile = Readonly<{ fileName: string; type: string; source: Uint8Array | string }>;
type BuiltFont = Readonly<{ stylesheet: string; preload: string; files: ReadonlyMap<string, BuiltFile> }>;

// About 70 KB per common slice (GB2312, by frequency), 300 KB per rare one.
const commonSliceSize = 400;
const restSliceSize = 1500;

const contentName = (stem: string, source: Uint8Array | string, extension: string) =>
  `assets/${stem}-${createHash('sha256').update(source).digest('hex').slice(0, 10)}.${extension}`;

async function buildUiFont(options: UiFontOptions): Promise<BuiltFont> {
  // A Buffer, not a bare Uint8Array: subset-font recognises the format by Buffer methods.
  const font = await readFile(path.join(options.rootDir, options.fontFile));
  const slices = planFontSlices({
    fontCodePoints: mappedCodePoints(font),
    interfaceCodePoints: await collectInterfaceCodePoints(options.rootDir),
    commonCodePoints: gb2312CodePoints(new TextDecoder('gb18030')),
    commonSliceSize,
    restSliceSize,
  });
  const files = new Map<string, BuiltFile>();
  const faces: { url: string; codePoints: readonly number[] }[] = [];
  // One at a time: the subsetter holds the whole font in WebAssembly memory per call.
  for (const slice of slices) {
    if (slice.codePoints.length === 0) continue;
    const source = new Uint8Array(await subsetFont(font, String.fromCodePoint(...slice.codePoints), { targetFormat: 'truetype' }));
    const fileName = contentName(`ui-font-${slice.name}`, source, 'ttf');
    files.set(`/${fileName}`, { fileName, type: 'font/ttf', source });
    faces.push({ url: `/${fileName}`, codePoints: slice.codePoints });
  }
  const css = `${fontFaceCss(options.family, faces)}\n`;
  const stylesheet = contentName('ui-font', css, 'css');
  files.set(`/${stylesheet}`, { fileName: stylesheet, type: 'text/css; charset=utf-8', source: css });
  return { stylesheet: `/${stylesheet}`, preload: faces[0]!.url, files };
}

/**
 * Serves the bundled CJK font to the interface, so that no screen depends on
 * the fonts of the machine (a Linux without Chinese fonts draws boxes). At
 * build time the font is cut into slices (see font-slices.ts); index.html
 * links their @font-face stylesheet and preloads the interface slice. Same
 * origin only, as the CSP's font-src 'self' and style-src 'self' require.
 */
export function uiFontPlugin(options: UiFontOptions): Plugin {
  let built: Promise<BuiltFont> | null = null;
  const build = () => (built ??= buildUiFont(options));
  return {
    name: 'ui-font',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        void build().then((font) => {
          const file = font.files.get(request.url ?? '');
          if (file === undefined) return next();
          response.setHeader('Content-Type', file.type);
          response.end(file.source);
        }, next);
      });
    },
    async transformIndexHtml(): Promise<HtmlTagDescriptor[]> {
      const font = await build();
      return [
        { tag: 'link', attrs: { rel: 'preload', href: font.preload, as: 'font', type: 'font/ttf', crossorigin: '' }, injectTo: 'head' },
        { tag: 'link', attrs: { rel: 'stylesheet', href: font.stylesheet }, injectTo: 'head' },
      ];
    },
    async generateBundle() {
      const font = await build();
      for (const file of font.files.values()) this.emitFile({ type: 'asset', fileName: file.fileName, source: file.source });
    },
  };
}
