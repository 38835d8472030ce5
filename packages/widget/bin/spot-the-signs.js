#!/usr/bin/env node
// npx spot-the-signs render --lang lt --setting home --jurisdiction GB-CAM > snippet.html
// Writes the widget's content as static HTML (no script) for pages where scripts are not allowed.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { renderStatic } from '../dist/static/render.js';

const USAGE = `Usage: spot-the-signs render [options] > snippet.html

Options (the same as the element's attributes):
  --lang <tag>            e.g. en-GB, cy, lt, ro, ar (default en-GB)
  --jurisdiction <code>   e.g. GB-ENG, GB-WLS, GB-CAM, IE, US (default GB-ENG)
  --setting <setting>     general, home, car-wash, … (default general)
  --audience <audience>   public, landlord, housing-officer, … (default public)
  --view <view>           someone-else or me
  --exit-url <https url>  where the exit link goes; --quick-exit off leaves it out
  --heading-level <1-6>   default 2
  --config <file.json>    channels and strings, as in the element's JSON data block
  --page                  a whole HTML page instead of a fragment`;

const [command, ...args] = process.argv.slice(2);
if (command !== 'render') {
  console.error(USAGE);
  process.exit(command === '--help' || command === 'help' ? 0 : 1);
}
const { values } = parseArgs({
  args,
  options: {
    lang: { type: 'string' },
    jurisdiction: { type: 'string' },
    setting: { type: 'string' },
    audience: { type: 'string' },
    view: { type: 'string' },
    'exit-url': { type: 'string' },
    'heading-level': { type: 'string' },
    'quick-exit': { type: 'string' },
    config: { type: 'string' },
    page: { type: 'boolean', default: false },
  },
});
const block = values.config ? JSON.parse(readFileSync(values.config, 'utf8')) : {};
const result = await renderStatic({
  ...block,
  lang: values.lang,
  jurisdiction: values.jurisdiction,
  setting: values.setting,
  audience: values.audience,
  view: values.view,
  exitUrl: values['exit-url'],
  headingLevel: values['heading-level'],
  quickExit: values['quick-exit'],
});
for (const error of result.errors) console.error(`warning: ${error.message}`);
if (values.lang && result.lang !== values.lang) console.error(`warning: "${values.lang}" is not available; rendered ${result.lang}.`);
process.stdout.write(
  values.page
    ? `<!doctype html>\n<html lang="${result.lang}">\n<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="referrer" content="no-referrer"><title>Spot the signs</title></head>\n<body>\n${result.html}</body>\n</html>\n`
    : result.html,
);
