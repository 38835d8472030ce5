// The cdn test group loads this instead of widget-under-test.ts (see web-test-runner.config.mjs).
export * from '../../dist/cdn/spot-the-signs.js';
export const BUILD = 'cdn';
