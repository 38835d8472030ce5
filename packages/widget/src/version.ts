declare const __STS_VERSION__: string | undefined;

/** This build's version, injected at build time; unbuilt sources (tests, dev server) report a dev version. */
export const VERSION: string = typeof __STS_VERSION__ === 'string' ? __STS_VERSION__ : '0.0.0-dev';
