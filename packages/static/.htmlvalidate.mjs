// html-validate's recommended rules for the static render (packages/static/test/validity.test.ts), with the
// two that do not fit its markup adjusted, each for a reason.
/** @type {import('html-validate').ConfigData} */
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // A phone link's text is a sentence ("Call 999 now", a helpline's name and number) that must wrap on a narrow
    // screen; the number itself is kept on one line by the element's stylesheet (`white-space: nowrap` on its
    // <bdi>), which this rule cannot see (it reads only inline styles and classes on the link).
    'tel-non-breaking': 'off',
    // The shortcut's <ul> (role list) is named ("Shortcut: numbers to call, more about them below"); ARIA allows
    // naming a list, and screen readers announce it. The rule's default recommends names on landmarks and controls only.
    'aria-label-misuse': ['error', { allowAnyNamable: true }],
  },
};
