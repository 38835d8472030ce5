/** The CDN entry: everything bundled, en-GB included, and the element registered. */
export * from './index.js';
export { TAG_NAME } from './define.js';
