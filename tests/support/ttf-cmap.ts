// The reader lives beside the build step that slices the UI font.
export { mappedCodePoints } from '../../tools/ui-font/ttf-cmap';
