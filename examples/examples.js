/**
 * The one list of examples. It feeds the examples index page, the README and docs, and the
 * accessibility tests (every example, in every shipped language).
 */
export const examples = [
  {
    "id": "partner-site",
    "title": "Partner website",
    "description": "A charity's page with the CDN script tag, the default settings and a no-JavaScript fallback.",
    "page": "partner-site/index.html"
  },
  {
    "id": "council-hmo",
    "title": "Council HMO licensing page",
    "description": "setting=\"home\", audience=\"landlord\", jurisdiction=\"GB-CAM\", and the council's own channel given in a JSON data block (no JavaScript needed from the CMS).",
    "page": "council-hmo/index.html"
  },
  {
    "id": "victim-view",
    "title": "Victim view in Lithuanian",
    "description": "view=\"me\" and lang=\"lt\": \"Get help\" first, signs in the second person.",
    "page": "victim-view/index.html"
  }
];
