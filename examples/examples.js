/**
 * The one list of examples. It feeds the examples index page, the README and docs, and the
 * accessibility tests (every example whose page holds the widget in its markup, in every shipped language;
 * the React example renders the same element from script and is tested by test/react.test.ts).
 */
export const examples = [
  {
    "id": "partner-site",
    "title": "Partner website",
    "description": "A charity's page with the CDN script tag, the default settings, a no-JavaScript fallback, and a count of the guide's results kept in memory (sts-guide-result).",
    "page": "partner-site/index.html"
  },
  {
    "id": "council-hmo",
    "title": "Council HMO licensing page",
    "description": "start=\"guide\", setting=\"home\", audience=\"landlord\", jurisdiction=\"GB-CAM\", and the council's own channel given in a JSON data block (no JavaScript needed from the CMS).",
    "page": "council-hmo/index.html"
  },
  {
    "id": "victim-view",
    "title": "Victim view in Lithuanian",
    "description": "view=\"me\" and lang=\"lt\": \"Get help\" first, signs in the second person.",
    "page": "victim-view/index.html"
  },
  {
    "id": "hmo-inspection",
    "title": "HMO inspection checklist (print)",
    "description": "For housing officers: setting=\"home\", audience=\"housing-officer\", quick-exit=\"off\"; prints as a checklist with every sign open.",
    "page": "hmo-inspection/index.html"
  },
  {
    "id": "react",
    "title": "React app",
    "description": "A partner's React page with @spot-the-signs/react: props, a partner channel, and click counting with onChannelClick.",
    "page": "react/index.html",
    "widgetInMarkup": false
  }
];
