import { createFloatMap, createRgbaImage, sampleBilinear, type Box, type FloatMap, type RgbaImage } from './rgba-image';

/** The colour every lifted mark is drawn in: a seal-ink vermilion. */
export const inkColor = [201, 30, 36] as const;

/** A region of a map grown by `margin` on every side (zeros outside the source). */
export function cropMap(map: FloatMap, box: Box, margin: number): FloatMap {
  const left = box.left - margin;
  const top = box.top - margin;
  const out = createFloatMap(box.right - box.left + 1 + margin * 2, box.bottom - box.top + 1 + margin * 2);
  for (let y = 0; y < out.height; y += 1) {
    const sy = top + y;
    if (sy < 0 || sy >= map.height) continue;
    for (let x = 0; x < out.width; x += 1) {
      const sx = left + x;
      if (sx >= 0 && sx < map.width) out.data[y * out.width + x] = map.data[sy * map.width + sx]!;
    }
  }
  return out;
}

/** A map resampled (bilinear) so that its longest side is `side`. */
export function resizeMap(map: FloatMap, side: number): FloatMap {
  const scale = side / Math.max(map.width, map.height);
  const out = createFloatMap(Math.max(1, Math.round(map.width * scale)), Math.max(1, Math.round(map.height * scale)));
  for (let y = 0; y < out.height; y += 1) {
    for (let x = 0; x < out.width; x += 1) out.data[y * out.width + x] = sampleBilinear(map, (x + 0.5) / scale - 0.5, (y + 0.5) / scale - 0.5);
  }
  return out;
}

/**
 * How crisp the mark's edges are, independent of its size in the photo: on
 * the mark resampled to 300 pixels, the steepest tenth of the red map's
 * gradients relative to the ink's strength. Blur flattens edges and ridges.
 */
export function measureSharpness(crop: FloatMap, strength: number): number {
  const map = resizeMap(crop, 300);
  const gradients: number[] = [];
  for (let y = 1; y < map.height - 1; y += 1) {
    for (let x = 1; x < map.width - 1; x += 1) {
      const i = y * map.width + x;
      const gx = (map.data[i + 1]! - map.data[i - 1]!) / 2;
      const gy = (map.data[i + map.width]! - map.data[i - map.width]!) / 2;
      gradients.push(Math.hypot(gx, gy));
    }
  }
  gradients.sort((a, b) => a - b);
  const top = gradients[Math.floor(gradients.length * 0.97)] ?? 0;
  return strength > 0 ? top / strength : 0;
}

/**
 * Straightens an elongated mark (a thumbprint is an upright oval) so its long
 * axis stands vertical; a round seal has no such axis and is left as it is.
 */
export function orientMark(map: FloatMap, kind: 'seal' | 'thumbprint'): { map: FloatMap; rotation: number } {
  let [sum, sx, sy] = [0, 0, 0];
  for (let y = 0; y < map.height; y += 1) {
    for (let x = 0; x < map.width; x += 1) {
      const weight = Math.max(0, map.data[y * map.width + x]!);
      sum += weight;
      sx += weight * x;
      sy += weight * y;
    }
  }
  if (sum === 0) return { map, rotation: 0 };
  const [cx, cy] = [sx / sum, sy / sum];
  let [xx, yy, xy] = [0, 0, 0];
  for (let y = 0; y < map.height; y += 1) {
    for (let x = 0; x < map.width; x += 1) {
      const weight = Math.max(0, map.data[y * map.width + x]!);
      xx += weight * (x - cx) ** 2;
      yy += weight * (y - cy) ** 2;
      xy += weight * (x - cx) * (y - cy);
    }
  }
  const spread = Math.sqrt(((xx - yy) / 2) ** 2 + xy ** 2);
  const major = (xx + yy) / 2 + spread;
  const minor = (xx + yy) / 2 - spread;
  const elongation = minor > 0 ? Math.sqrt(major / minor) : 1;
  // Angle of the long axis from vertical, in radians.
  const axis = 0.5 * Math.atan2(2 * xy, xx - yy);
  const fromVertical = axis - Math.sign(axis || 1) * (Math.PI / 2);
  if (kind === 'seal' || elongation < 1.15 || Math.abs(fromVertical) < (3 * Math.PI) / 180 || Math.abs(fromVertical) > Math.PI / 4) {
    return { map, rotation: 0 };
  }
  const cos = Math.cos(fromVertical);
  const sin = Math.sin(fromVertical);
  const width = Math.ceil(Math.abs(map.width * cos) + Math.abs(map.height * sin));
  const height = Math.ceil(Math.abs(map.width * sin) + Math.abs(map.height * cos));
  const out = createFloatMap(width, height);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const dx = x - width / 2;
      const dy = y - height / 2;
      out.data[y * width + x] = sampleBilinear(map, cx + dx * cos - dy * sin, cy + dx * sin + dy * cos);
    }
  }
  return { map: out, rotation: (fromVertical * 180) / Math.PI };
}

/**
 * Draws the mark in seal ink on transparency: opacity follows the ink's
 * strength, and everything below the ink threshold is fully transparent.
 * The result is cropped to the ink with a small margin and scaled to `side`.
 */
export function renderInk(map: FloatMap, side: number): RgbaImage {
  let [left, top, right, bottom] = [map.width, map.height, -1, -1];
  for (let y = 0; y < map.height; y += 1) {
    for (let x = 0; x < map.width; x += 1) {
      if (map.data[y * map.width + x]! > 0.12) {
        left = Math.min(left, x);
        right = Math.max(right, x);
        top = Math.min(top, y);
        bottom = Math.max(bottom, y);
      }
    }
  }
  const margin = Math.max(1, Math.round(Math.max(right - left, bottom - top) * 0.03));
  const tight = right < 0 ? map : cropMap(map, { left, top, right, bottom }, margin);
  const sized = resizeMap(tight, side);
  const image = createRgbaImage(sized.width, sized.height);
  for (let i = 0; i < sized.data.length; i += 1) {
    const alpha = Math.min(1, Math.max(0, (sized.data[i]! - 0.1) / 0.22));
    if (alpha < 0.06) continue;
    image.data[i * 4] = inkColor[0];
    image.data[i * 4 + 1] = inkColor[1];
    image.data[i * 4 + 2] = inkColor[2];
    image.data[i * 4 + 3] = Math.round(alpha * 255);
  }
  return image;
}
