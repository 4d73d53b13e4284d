import { PNG } from 'pngjs';
import type { RgbaImage } from '@shared/image/rgba-image';

/** An RGBA image as PNG bytes. */
export function toPngBuffer(image: RgbaImage): Buffer {
  const png = new PNG({ width: image.width, height: image.height });
  png.data = Buffer.from(image.data.buffer, image.data.byteOffset, image.data.byteLength);
  return PNG.sync.write(png);
}

/**
 * An RGBA image as a YUV4MPEG2 video of `frames` identical frames (4:2:0,
 * BT.601), the format Chromium's fake camera plays (--use-file-for-fake-video-capture).
 */
export function toY4m(image: RgbaImage, frames = 10): Buffer {
  const { width, height, data } = image;
  const y = Buffer.alloc(width * height);
  const u = Buffer.alloc((width / 2) * (height / 2));
  const v = Buffer.alloc((width / 2) * (height / 2));
  for (let row = 0; row < height; row += 1) {
    for (let column = 0; column < width; column += 1) {
      const i = (row * width + column) * 4;
      const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
      y[row * width + column] = Math.round(0.257 * r + 0.504 * g + 0.098 * b + 16);
      if (row % 2 === 0 && column % 2 === 0) {
        const c = (row / 2) * (width / 2) + column / 2;
        u[c] = Math.round(-0.148 * r - 0.291 * g + 0.439 * b + 128);
        v[c] = Math.round(0.439 * r - 0.368 * g - 0.071 * b + 128);
      }
    }
  }
  const frame = Buffer.concat([Buffer.from('FRAME\n'), y, u, v]);
  return Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`), ...Array.from({ length: frames }, () => frame)]);
}
