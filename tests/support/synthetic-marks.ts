import type { RgbaImage } from '@shared/image/rgba-image';

// Synthetic captures for the mark pipeline: ridged ovals and round seals in
// ink on tinted, noisy, unevenly lit paper. Invented shapes, never anybody's
// fingerprint; the same seed always draws the same picture.

export type Rgb = readonly [number, number, number];
export const red: Rgb = [205, 28, 36];
export const blue: Rgb = [30, 50, 190];
export const black: Rgb = [25, 25, 28];

function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return ((state >>> 0) % 100_000) / 100_000;
  };
}

export type PaperOptions = Readonly<{ tint?: Rgb; lightFall?: number; shadow?: { x: number; y: number; radius: number; depth: number }; noise?: number; seed?: number }>;

/** Paper: a tint, light falling off across the page, an optional shadow, sensor/JPEG-like noise. */
export function paper(width: number, height: number, options: PaperOptions = {}): RgbaImage {
  const tint = options.tint ?? [246, 244, 238];
  const data = new Uint8ClampedArray(width * height * 4);
  const next = random(options.seed ?? 7);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      let light = 1 - (options.lightFall ?? 0) * (x / width) * 0.8 - (options.lightFall ?? 0) * (y / height) * 0.2;
      if (options.shadow) {
        const d = Math.hypot(x - options.shadow.x * width, y - options.shadow.y * height) / (options.shadow.radius * width);
        light *= 1 - options.shadow.depth * Math.max(0, 1 - d);
      }
      const i = (y * width + x) * 4;
      const blockNoise = (((Math.floor(x / 8) * 31 + Math.floor(y / 8) * 17) % 7) - 3) * (options.noise ?? 0) * 0.3;
      for (let c = 0; c < 3; c += 1) data[i + c] = tint[c]! * light + (next() - 0.5) * 2 * (options.noise ?? 0) + blockNoise;
      data[i + 3] = 255;
    }
  }
  return { width, height, data };
}

function ink(image: RgbaImage, x: number, y: number, color: Rgb, amount: number): void {
  if (x < 0 || y < 0 || x >= image.width || y >= image.height || amount <= 0) return;
  const i = (Math.floor(y) * image.width + Math.floor(x)) * 4;
  for (let c = 0; c < 3; c += 1) {
    const transmission = 1 - Math.min(1, amount) * (1 - color[c]! / 255);
    image.data[i + c] = image.data[i + c]! * transmission;
  }
}

export type ThumbOptions = Readonly<{ cx: number; cy: number; rx: number; ry: number; angle?: number; color?: Rgb; strength?: number; period?: number }>;

/** A thumbprint-like oval of concentric, slightly wavy ridges, fading at its rim. */
export function thumbprint(image: RgbaImage, options: ThumbOptions): RgbaImage {
  const { width, height } = image;
  const cx = options.cx * width;
  const cy = options.cy * height;
  const rx = options.rx * width;
  const ry = options.ry * height;
  const angle = ((options.angle ?? 0) * Math.PI) / 180;
  const period = options.period ?? Math.max(4, rx / 9);
  const strength = options.strength ?? 0.85;
  const reach = Math.max(rx, ry);
  for (let y = Math.floor(cy - reach); y < cy + reach; y += 1) {
    for (let x = Math.floor(cx - reach); x < cx + reach; x += 1) {
      const dx = x - cx;
      const dy = y - cy;
      const u = (dx * Math.cos(angle) + dy * Math.sin(angle)) / rx;
      const v = (-dx * Math.sin(angle) + dy * Math.cos(angle)) / ry;
      const r = Math.hypot(u, v);
      if (r > 1) continue;
      const ridge = 0.5 + 0.5 * Math.sin((2 * Math.PI * r * rx) / period + Math.sin(v * 5) * 0.8);
      const rim = Math.min(1, (1 - r) * 6);
      ink(image, x, y, options.color ?? red, strength * ridge * rim);
    }
  }
  return image;
}

/** A round seal: a thick ring, a five-pointed star, and blocky "characters" along the ring. */
export function seal(image: RgbaImage, options: Readonly<{ cx: number; cy: number; radius: number; color?: Rgb; strength?: number }>): RgbaImage {
  const cx = options.cx * image.width;
  const cy = options.cy * image.height;
  const radius = options.radius * Math.min(image.width, image.height);
  const strength = options.strength ?? 0.9;
  const color = options.color ?? red;
  for (let y = Math.floor(cy - radius); y <= cy + radius; y += 1) {
    for (let x = Math.floor(cx - radius); x <= cx + radius; x += 1) {
      const d = Math.hypot(x - cx, y - cy);
      if (d <= radius && d >= radius * 0.9) ink(image, x, y, color, strength);
      const angle = Math.atan2(y - cy, x - cx);
      const starRadius = radius * 0.28 * (0.55 + 0.45 * Math.cos(5 * (angle + Math.PI / 2)));
      if (d < starRadius) ink(image, x, y, color, strength);
      const ring = d > radius * 0.58 && d < radius * 0.8;
      const character = Math.floor(((angle + Math.PI) / (2 * Math.PI)) * 14);
      const within = ((angle + Math.PI) / (2 * Math.PI)) * 14 - character;
      if (ring && character % 14 < 10 && within > 0.15 && within < 0.85 && (Math.floor(d / (radius * 0.05)) + character) % 2 === 0) {
        ink(image, x, y, color, strength);
      }
    }
  }
  return image;
}

/** Gaussian-like blur: three box passes of the given radius. */
export function blur(image: RgbaImage, radius: number): RgbaImage {
  let data = image.data;
  const { width, height } = image;
  for (let pass = 0; pass < 3; pass += 1) {
    for (const horizontal of [true, false]) {
      const out = new Uint8ClampedArray(data.length);
      for (let y = 0; y < height; y += 1) {
        for (let x = 0; x < width; x += 1) {
          const sums: [number, number, number] = [0, 0, 0];
          let count = 0;
          for (let k = -radius; k <= radius; k += 1) {
            const sx = horizontal ? Math.min(width - 1, Math.max(0, x + k)) : x;
            const sy = horizontal ? y : Math.min(height - 1, Math.max(0, y + k));
            const i = (sy * width + sx) * 4;
            sums[0] += data[i]!;
            sums[1] += data[i + 1]!;
            sums[2] += data[i + 2]!;
            count += 1;
          }
          const o = (y * width + x) * 4;
          out[o] = sums[0] / count;
          out[o + 1] = sums[1] / count;
          out[o + 2] = sums[2] / count;
          out[o + 3] = 255;
        }
      }
      data = out;
    }
  }
  return { width, height, data };
}
