/** An image as straight RGBA bytes, row by row, the layout of ImageData. */
export type RgbaImage = Readonly<{ width: number; height: number; data: Uint8ClampedArray }>;

/** A single-channel float map of the same layout (one value per pixel). */
export type FloatMap = Readonly<{ width: number; height: number; data: Float32Array }>;

export type Box = Readonly<{ left: number; top: number; right: number; bottom: number }>;

/** A new, fully transparent image. */
export function createRgbaImage(width: number, height: number): RgbaImage {
  return { width, height, data: new Uint8ClampedArray(width * height * 4) };
}

/** A new map filled with zeros. */
export function createFloatMap(width: number, height: number): FloatMap {
  return { width, height, data: new Float32Array(width * height) };
}

/**
 * Shrinks an image by averaging whole blocks of pixels (fast, and it smooths
 * JPEG noise on the way), so that its longest side is at most `maxSide`.
 */
export function downscaleToFit(image: RgbaImage, maxSide: number): RgbaImage {
  const factor = Math.max(1, Math.ceil(Math.max(image.width, image.height) / maxSide));
  if (factor === 1) return image;
  const width = Math.floor(image.width / factor);
  const height = Math.floor(image.height / factor);
  const out = createRgbaImage(width, height);
  const sums = new Float64Array(width * 4);
  const area = factor * factor;
  for (let y = 0; y < height; y += 1) {
    sums.fill(0);
    for (let dy = 0; dy < factor; dy += 1) {
      let source = ((y * factor + dy) * image.width) * 4;
      for (let x = 0; x < width; x += 1) {
        for (let dx = 0; dx < factor; dx += 1) {
          for (let channel = 0; channel < 4; channel += 1) sums[x * 4 + channel] = sums[x * 4 + channel]! + image.data[source + channel]!;
          source += 4;
        }
      }
    }
    for (let i = 0; i < width * 4; i += 1) out.data[y * width * 4 + i] = sums[i]! / area;
  }
  return out;
}

/** Samples a map at a fractional position (bilinear), 0 outside. */
export function sampleBilinear(map: FloatMap, x: number, y: number): number {
  const x0 = Math.floor(x);
  const y0 = Math.floor(y);
  if (x0 < 0 || y0 < 0 || x0 >= map.width - 1 || y0 >= map.height - 1) {
    const xi = Math.round(x);
    const yi = Math.round(y);
    return xi >= 0 && yi >= 0 && xi < map.width && yi < map.height ? map.data[yi * map.width + xi]! : 0;
  }
  const fx = x - x0;
  const fy = y - y0;
  const i = y0 * map.width + x0;
  const top = map.data[i]! * (1 - fx) + map.data[i + 1]! * fx;
  const bottom = map.data[i + map.width]! * (1 - fx) + map.data[i + map.width + 1]! * fx;
  return top * (1 - fy) + bottom * fy;
}

/** Mean over a (2r+1)² window at every pixel, via a summed-area table: O(n) for any radius. */
export function boxBlur(map: FloatMap, radius: number): FloatMap {
  const { width, height } = map;
  const table = new Float64Array((width + 1) * (height + 1));
  for (let y = 0; y < height; y += 1) {
    let row = 0;
    for (let x = 0; x < width; x += 1) {
      row += map.data[y * width + x]!;
      table[(y + 1) * (width + 1) + x + 1] = table[y * (width + 1) + x + 1]! + row;
    }
  }
  const out = createFloatMap(width, height);
  for (let y = 0; y < height; y += 1) {
    const top = Math.max(0, y - radius);
    const bottom = Math.min(height, y + radius + 1);
    for (let x = 0; x < width; x += 1) {
      const left = Math.max(0, x - radius);
      const right = Math.min(width, x + radius + 1);
      const sum = table[bottom * (width + 1) + right]! - table[top * (width + 1) + right]! - table[bottom * (width + 1) + left]! + table[top * (width + 1) + left]!;
      out.data[y * width + x] = sum / ((bottom - top) * (right - left));
    }
  }
  return out;
}
