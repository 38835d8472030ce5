// The Custom Elements Manifest, generated from the element's JSDoc by `npm run build`.
export default {
  globs: ['src/spot-the-signs.component.ts'],
  outdir: 'dist',
  litelement: true,
};
