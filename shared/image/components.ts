import type { Box } from './rgba-image';

export type Component = Readonly<{ area: number; box: Box }>;

/** Connected regions (8-neighbourhood) of a mask, with their areas and bounding boxes. */
export function labelComponents(mask: Uint8Array, width: number, height: number, minimumArea: number): Component[] {
  const seen = new Uint8Array(mask.length);
  const stack = new Int32Array(mask.length);
  const components: Component[] = [];
  for (let start = 0; start < mask.length; start += 1) {
    if (mask[start] === 0 || seen[start] === 1) continue;
    let size = 0;
    let top = 0;
    let [left, right, upper, lower] = [width, -1, height, -1];
    stack[top++] = start;
    seen[start] = 1;
    while (top > 0) {
      const index = stack[--top]!;
      const x = index % width;
      const y = (index - x) / width;
      size += 1;
      left = Math.min(left, x);
      right = Math.max(right, x);
      upper = Math.min(upper, y);
      lower = Math.max(lower, y);
      for (let dy = -1; dy <= 1; dy += 1) {
        const ny = y + dy;
        if (ny < 0 || ny >= height) continue;
        for (let dx = -1; dx <= 1; dx += 1) {
          const nx = x + dx;
          if (nx < 0 || nx >= width) continue;
          const neighbour = ny * width + nx;
          if (mask[neighbour] === 1 && seen[neighbour] === 0) {
            seen[neighbour] = 1;
            stack[top++] = neighbour;
          }
        }
      }
    }
    if (size >= minimumArea) components.push({ area: size, box: { left, top: upper, right, bottom: lower } });
  }
  return components;
}

/**
 * Groups components that lie close together (a seal's ring, star and
 * characters; a thumbprint's ridges) into marks: boxes grown by `gap` that
 * touch belong to the same mark.
 */
export function clusterComponents(components: readonly Component[], gap: number): Component[] {
  let clusters: Component[] = [...components];
  for (;;) {
    const parent = clusters.map((_, index) => index);
    const find = (index: number): number => {
      while (parent[index] !== index) index = parent[index] = parent[parent[index]!]!;
      return index;
    };
    let merged = false;
    for (let i = 0; i < clusters.length; i += 1) {
      for (let j = i + 1; j < clusters.length; j += 1) {
        const a = clusters[i]!.box;
        const b = clusters[j]!.box;
        if (a.left - gap <= b.right && b.left - gap <= a.right && a.top - gap <= b.bottom && b.top - gap <= a.bottom && find(i) !== find(j)) {
          parent[find(j)] = find(i);
          merged = true;
        }
      }
    }
    if (!merged) return clusters.sort((a, b) => b.area - a.area);
    const groups = new Map<number, Component>();
    clusters.forEach((cluster, index) => {
      const root = find(index);
      const group = groups.get(root);
      groups.set(
        root,
        group === undefined
          ? cluster
          : {
              area: group.area + cluster.area,
              box: {
                left: Math.min(group.box.left, cluster.box.left),
                top: Math.min(group.box.top, cluster.box.top),
                right: Math.max(group.box.right, cluster.box.right),
                bottom: Math.max(group.box.bottom, cluster.box.bottom),
              },
            },
      );
    });
    clusters = [...groups.values()];
  }
}
