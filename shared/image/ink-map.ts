import { boxBlur, createFloatMap, type FloatMap, type RgbaImage } from './rgba-image';

/** Per-pixel measures of ink against the paper around it. */
export type InkMaps = Readonly<{
  /** How red: normalised red minus the stronger of green and blue; paper ≈ 0, red ink 0.3–0.7. */
  red: FloatMap;
  /** How dark, whatever the colour: 0 paper, 1 black. */
  dark: FloatMap;
}>;

function channel(image: RgbaImage, offset: number): FloatMap {
  const map = createFloatMap(image.width, image.height);
  for (let i = 0; i < map.data.length; i += 1) map.data[i] = image.data[i * 4 + offset]!;
  return map;
}

/**
 * The paper's own colour at every pixel, estimated from the brightest values
 * of coarse blocks (ink only darkens paper) and smoothed back to full size.
 * Dividing by it removes uneven light, shadows and tinted paper.
 */
export function estimatePaper(values: FloatMap): FloatMap {
  const { width, height } = values;
  const block = Math.max(16, Math.round(Math.max(width, height) / 10));
  const columns = Math.ceil(width / block);
  const rows = Math.ceil(height / block);
  const softened = boxBlur(values, 3);
  const grid = new Float32Array(columns * rows);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const cell = Math.floor(y / block) * columns + Math.floor(x / block);
      grid[cell] = Math.max(grid[cell]!, softened.data[y * width + x]!);
    }
  }
  // A block entirely inside a large mark has no paper: lift it to its neighbours' level.
  const lifted = new Float32Array(grid);
  for (let row = 0; row < rows; row += 1) {
    for (let column = 0; column < columns; column += 1) {
      let best = grid[row * columns + column]!;
      for (let dy = -1; dy <= 1; dy += 1) {
        for (let dx = -1; dx <= 1; dx += 1) {
          const r = row + dy;
          const c = column + dx;
          if (r >= 0 && c >= 0 && r < rows && c < columns) best = Math.max(best, grid[r * columns + c]! * 0.97);
        }
      }
      lifted[row * columns + column] = best;
    }
  }
  const out = createFloatMap(width, height);
  for (let y = 0; y < height; y += 1) {
    const gy = Math.min(rows - 1, Math.max(0, (y + 0.5) / block - 0.5));
    const y0 = Math.floor(gy);
    const y1 = Math.min(rows - 1, y0 + 1);
    const fy = gy - y0;
    for (let x = 0; x < width; x += 1) {
      const gx = Math.min(columns - 1, Math.max(0, (x + 0.5) / block - 0.5));
      const x0 = Math.floor(gx);
      const x1 = Math.min(columns - 1, x0 + 1);
      const fx = gx - x0;
      const top = lifted[y0 * columns + x0]! * (1 - fx) + lifted[y0 * columns + x1]! * fx;
      const bottom = lifted[y1 * columns + x0]! * (1 - fx) + lifted[y1 * columns + x1]! * fx;
      out.data[y * width + x] = Math.max(1, top * (1 - fy) + bottom * fy);
    }
  }
  return out;
}

/** Redness and darkness of every pixel relative to its paper, lightly smoothed against JPEG noise. */
export function computeInkMaps(image: RgbaImage): InkMaps {
  const channels = [channel(image, 0), channel(image, 1), channel(image, 2)] as const;
  const papers = channels.map(estimatePaper);
  const red = createFloatMap(image.width, image.height);
  const dark = createFloatMap(image.width, image.height);
  for (let i = 0; i < red.data.length; i += 1) {
    const r = Math.min(1.2, channels[0].data[i]! / papers[0]!.data[i]!);
    const g = Math.min(1.2, channels[1].data[i]! / papers[1]!.data[i]!);
    const b = Math.min(1.2, channels[2].data[i]! / papers[2]!.data[i]!);
    red.data[i] = r - Math.max(g, b);
    dark.data[i] = 1 - Math.min(1, (r + g + b) / 3);
  }
  return { red: boxBlur(red, 1), dark: boxBlur(dark, 2) };
}
