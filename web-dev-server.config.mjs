// `npm start`: serves the examples (which load the built CDN file) on http://localhost:8000/examples/.
export default {
  rootDir: '.',
  // Resolves bare imports, so the npm build (dist/define.js) also runs, as in the double-embed example.
  nodeResolve: true,
  port: Number(process.env.PORT ?? 8000),
  appIndex: undefined,
  open: false,
  watch: false,
  middleware: [
    // Send visitors at / to the examples index.
    (context, next) => {
      if (context.path === '/') {
        context.redirect('/examples/');
        return undefined;
      }
      return next();
    },
  ],
};
