// subset-font ships no types; the one call the build makes.
declare module 'subset-font' {
  type SubsetOptions = Readonly<{ targetFormat?: 'truetype' | 'woff' | 'woff2' | 'sfnt' }>;
  function subsetFont(font: Buffer, text: string, options?: SubsetOptions): Promise<Buffer>;
  export default subsetFont;
}
