// Test instrumentation for the hostile-page examples (strict CSP, double embed, hostile CSS). It runs before
// the widget and records what a partner would see: CSP violations, uncaught errors, console warnings, and
// how many keyboard listeners are added to the document. It changes nothing else.
(function () {
  var probe = { violations: [], errors: [], warnings: [], keyupListeners: 0, exits: [] };
  window.__stsProbe = probe;
  document.addEventListener('securitypolicyviolation', function (event) {
    probe.violations.push(event.violatedDirective + ' ' + event.blockedURI + ' ' + (event.sample || ''));
  });
  window.addEventListener('error', function (event) {
    probe.errors.push(String(event.message));
  });
  window.addEventListener('unhandledrejection', function (event) {
    probe.errors.push(String(event.reason));
  });
  var warn = console.warn;
  console.warn = function () {
    probe.warnings.push(Array.prototype.join.call(arguments, ' '));
    return warn.apply(console, arguments);
  };
  var add = document.addEventListener;
  document.addEventListener = function (type) {
    if (type === 'keyup') probe.keyupListeners += 1;
    return add.apply(document, arguments);
  };
  // Tests cancel the quick exit's navigation so the page stays put.
  document.addEventListener('sts-exit', function (event) {
    if (window.__stsCancelExit) event.preventDefault();
    probe.exits.push(event.detail);
  });
})();
