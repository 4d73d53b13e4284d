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

// Closer to real captures than the shapes above: a thumbprint's ridges form
// a loop that is not centred on its outline, their spacing varies, ink comes
// off in patches and pressure falls off to one side; a seal has characters
// made of strokes along its ring, a line of text under the star and a number
// along the bottom. Still invented shapes, drawn from a seed.

function valueNoise(seed: number, scale: number): (x: number, y: number) => number {
  const next = random(seed);
  const size = 64;
  const grid = Float32Array.from({ length: size * size }, () => next());
  const at = (x: number, y: number) => grid[(((y % size) + size) % size) * size + (((x % size) + size) % size)]!;
  return (x, y) => {
    const gx = x / scale;
    const gy = y / scale;
    const x0 = Math.floor(gx);
    const y0 = Math.floor(gy);
    const fx = gx - x0;
    const fy = gy - y0;
    const top = at(x0, y0) * (1 - fx) + at(x0 + 1, y0) * fx;
    const bottom = at(x0, y0 + 1) * (1 - fx) + at(x0 + 1, y0 + 1) * fx;
    return top * (1 - fy) + bottom * fy;
  };
}

export type RealisticThumbOptions = ThumbOptions & Readonly<{ seed?: number; patchiness?: number; pressureFall?: number }>;

/**
 * A loop-pattern thumbprint: U-shaped ridges around a core set off the
 * centre, with wavering spacing, patchy ink and a pressure fall-off.
 */
export function loopThumbprint(image: RgbaImage, options: RealisticThumbOptions): RgbaImage {
  const { width, height } = image;
  const cx = options.cx * width;
  const cy = options.cy * height;
  const rx = options.rx * width;
  const ry = options.ry * height;
  const angle = ((options.angle ?? 0) * Math.PI) / 180;
  const period = options.period ?? Math.max(4, rx / 14);
  const strength = options.strength ?? 0.85;
  const seed = options.seed ?? 11;
  const patches = valueNoise(seed, Math.max(4, rx / 5));
  const waver = valueNoise(seed + 1, Math.max(6, rx / 3));
  const reach = Math.max(rx, ry) * 1.05;
  for (let y = Math.floor(cy - reach); y < cy + reach; y += 1) {
    for (let x = Math.floor(cx - reach); x < cx + reach; x += 1) {
      const dx = x - cx;
      const dy = y - cy;
      const u = (dx * Math.cos(angle) + dy * Math.sin(angle)) / rx;
      const v = (-dx * Math.sin(angle) + dy * Math.cos(angle)) / ry;
      const edge = 1 + 0.04 * Math.sin(Math.atan2(v, u) * 3 + seed);
      const r = Math.hypot(u, v) / edge;
      if (r > 1) continue;
      // Distance in pixels from a core above the centre: arches over it, parallel runs below.
      const px = u * rx - 0.1 * rx;
      const py = v * ry + 0.15 * ry;
      const field = py < 0 ? Math.hypot(px, py) : Math.abs(px) + (py * py) / (3 * rx) + 0.15 * py;
      const phase = (2 * Math.PI * field) / period + (waver(x, y) - 0.5) * 2.5;
      const ridge = 0.5 + 0.5 * Math.sin(phase);
      const rim = Math.min(1, (1 - r) * 5);
      const patch = 1 - (options.patchiness ?? 0.35) * Math.max(0, patches(x, y) * 2 - 0.8);
      const pressure = 1 - (options.pressureFall ?? 0.3) * Math.max(0, u);
      ink(image, x, y, options.color ?? red, strength * (ridge > 0.35 ? Math.min(1, ridge * 1.3) : 0) * rim * patch * pressure);
    }
  }
  return image;
}

type Stroke = readonly [number, number, number, number];

// Blocky stand-ins for characters: a few strokes each in a unit cell.
const glyphs: readonly (readonly Stroke[])[] = [
  [[0.1, 0.2, 0.9, 0.2], [0.5, 0.2, 0.5, 0.9], [0.15, 0.9, 0.85, 0.9]],
  [[0.1, 0.15, 0.9, 0.15], [0.1, 0.5, 0.9, 0.5], [0.1, 0.85, 0.9, 0.85], [0.5, 0.15, 0.5, 0.85]],
  [[0.2, 0.1, 0.2, 0.9], [0.2, 0.1, 0.85, 0.1], [0.85, 0.1, 0.85, 0.9], [0.2, 0.5, 0.85, 0.5], [0.2, 0.9, 0.85, 0.9]],
  [[0.5, 0.05, 0.5, 0.95], [0.1, 0.35, 0.9, 0.35], [0.5, 0.35, 0.1, 0.9], [0.5, 0.35, 0.9, 0.9]],
  [[0.1, 0.3, 0.9, 0.3], [0.3, 0.05, 0.3, 0.95], [0.7, 0.05, 0.7, 0.95], [0.1, 0.7, 0.9, 0.7]],
  [[0.15, 0.1, 0.85, 0.9], [0.85, 0.1, 0.15, 0.9], [0.1, 0.5, 0.9, 0.5]],
];

function strokeDistance(px: number, py: number, [x1, y1, x2, y2]: Stroke): number {
  const lx = x2 - x1;
  const ly = y2 - y1;
  const t = Math.max(0, Math.min(1, ((px - x1) * lx + (py - y1) * ly) / (lx * lx + ly * ly)));
  return Math.hypot(px - (x1 + t * lx), py - (y1 + t * ly));
}

export type RealisticSealOptions = Readonly<{ cx: number; cy: number; radius: number; squash?: number; color?: Rgb; strength?: number; seed?: number; characters?: number; centreLine?: boolean }>;

/**
 * A company seal: an outer ring, a star, a dozen or so characters of strokes
 * along the ring, an optional line of text under the star, and small digits
 * along the bottom; ink a little uneven. `squash` > 1 makes an oval seal.
 */
export function realisticSeal(image: RgbaImage, options: RealisticSealOptions): RgbaImage {
  const cx = options.cx * image.width;
  const cy = options.cy * image.height;
  const radius = options.radius * Math.min(image.width, image.height);
  const squash = options.squash ?? 1;
  const strength = options.strength ?? 0.9;
  const color = options.color ?? red;
  const count = options.characters ?? 14;
  const patches = valueNoise(options.seed ?? 5, Math.max(3, radius / 12));
  const stroke = radius * 0.035;
  for (let y = Math.floor(cy - radius); y <= cy + radius; y += 1) {
    for (let x = Math.floor(cx - radius * squash); x <= cx + radius * squash; x += 1) {
      const u = (x - cx) / squash;
      const v = y - cy;
      const d = Math.hypot(u, v);
      if (d > radius) continue;
      let inked = d >= radius * 0.93;
      const angle = Math.atan2(v, u);
      const starRadius = radius * 0.22 * (0.5 + 0.5 * Math.cos(5 * (angle + Math.PI / 2)));
      if (d < starRadius) inked = true;
      // Characters along 260° of the ring, centred on the top, upright to the centre.
      const arcSpan = (260 * Math.PI) / 180;
      const arcFrom = -Math.PI / 2 - arcSpan / 2;
      const position = (((angle - arcFrom) % (Math.PI * 2)) + Math.PI * 2) % (Math.PI * 2);
      if (!inked && position < arcSpan && d > radius * 0.6 && d < radius * 0.86) {
        const slot = Math.floor((position / arcSpan) * count);
        const within = (position / arcSpan) * count - slot;
        const glyph = glyphs[(slot * 7 + (options.seed ?? 5)) % glyphs.length]!;
        const gx = within;
        const gy = (radius * 0.86 - d) / (radius * 0.26);
        inked = glyph.some((line) => strokeDistance(gx, gy, line) * radius * 0.3 < stroke / 2);
      }
      if (!inked && options.centreLine !== false && Math.abs(v - radius * 0.42) < radius * 0.08 && Math.abs(u) < radius * 0.4) {
        const slot = Math.floor((u + radius * 0.4) / (radius * 0.2));
        const gx = (u + radius * 0.4) / (radius * 0.2) - slot;
        const gy = (v - radius * 0.34) / (radius * 0.16);
        inked = glyphs[(slot * 5 + 1) % glyphs.length]!.some((line) => strokeDistance(gx, gy, line) * radius * 0.18 < stroke / 2.5);
      }
      if (!inked && d > radius * 0.76 && d < radius * 0.86 && position > arcSpan + 0.35 && position < Math.PI * 2 - 0.35) {
        inked = Math.floor(position * 40) % 2 === 0 && Math.abs(((d - radius * 0.81) / (radius * 0.05)) % 1) < 0.9;
      }
      if (inked) ink(image, x, y, color, strength * (0.75 + 0.25 * patches(x, y)));
    }
  }
  return image;
}

/** The image turned by `degrees` about its centre (nearest neighbour), paper-coloured corners. */
export function rotate(image: RgbaImage, degrees: number): RgbaImage {
  const { width, height } = image;
  const out = new Uint8ClampedArray(image.data.length);
  const cos = Math.cos((degrees * Math.PI) / 180);
  const sin = Math.sin((degrees * Math.PI) / 180);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const dx = x - width / 2;
      const dy = y - height / 2;
      const sx = Math.round(width / 2 + dx * cos + dy * sin);
      const sy = Math.round(height / 2 - dx * sin + dy * cos);
      const o = (y * width + x) * 4;
      const i = (Math.min(height - 1, Math.max(0, sy)) * width + Math.min(width - 1, Math.max(0, sx))) * 4;
      for (let c = 0; c < 4; c += 1) out[o + c] = image.data[i + c]!;
    }
  }
  return { width, height, data: out };
}
