// The few web-platform APIs that exist, identically, in every JavaScript
// runtime the app uses (Chromium, Electron main, Node): shared/ may use these
// and nothing else of the DOM or of Node. Only shared/tsconfig.json includes
// this file; the other layers get the same names from lib.dom or @types/node.

interface URL {
  hash: string;
  host: string;
  hostname: string;
  href: string;
  readonly origin: string;
  password: string;
  pathname: string;
  port: string;
  protocol: string;
  search: string;
  username: string;
  toString(): string;
}
declare var URL: {
  prototype: URL;
  new (url: string, base?: string): URL;
};

interface TextEncoder {
  encode(input?: string): Uint8Array<ArrayBuffer>;
}
declare var TextEncoder: {
  prototype: TextEncoder;
  new (): TextEncoder;
};

interface TextDecoder {
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}
declare var TextDecoder: {
  prototype: TextDecoder;
  new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }): TextDecoder;
};
