/**
 * `spot-the-signs-static render [options]`: the widget as static HTML, on stdout or in a file. Its options are
 * the element's attributes, read from core's configuration table. Every mistake is one line on stderr and exit
 * code 2, with nothing written.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { CONFIG_ALLOWED, CONFIG_ATTRIBUTES, parseWidgetConfig, REVIEW_STATUSES } from '@spot-the-signs/core';
import type { ReviewStatus } from '@spot-the-signs/core';
import { availableLocales, matchLocale, overridableKeys } from '@spot-the-signs/widget/internal/render.js';
import { ATTRIBUTE_FIELDS, renderStatic, staticPage } from './index.js';

export const COMMAND = 'spot-the-signs-static';

/** A mistake in how the command was called: reported as one line, exit code 2. */
class UsageError extends Error {}

/** The fields a --config file may hold: every configuration field, as in the element's JSON data block. */
const CONFIG_FILE_FIELDS = Object.keys(CONFIG_ATTRIBUTES);

/** The command's own options, beside the element's attributes. */
const OWN_OPTIONS: Record<string, { type: 'string' | 'boolean'; short?: string; value?: string; help: string }> = {
  config: { type: 'string', value: '<file.json>', help: "channels and strings (and any field above), as in the element's JSON data block" },
  'with-script': { type: 'boolean', help: "the page also loads the widget's script: its controls show, disabled, until it takes over" },
  page: { type: 'boolean', help: 'a whole HTML page instead of the element alone' },
  out: { type: 'string', value: '<file>', help: 'write to this file (atomically) instead of stdout' },
  help: { type: 'boolean', short: 'h', help: 'this help' },
};

const options: ParseArgsConfig['options'] = {
  ...Object.fromEntries(ATTRIBUTE_FIELDS.map((field) => [CONFIG_ATTRIBUTES[field], { type: 'string' }])),
  ...Object.fromEntries(Object.entries(OWN_OPTIONS).map(([name, { type, short }]) => [name, short ? { type, short } : { type }])),
};

export function usage(): string {
  const rows: [string, string][] = [
    ...ATTRIBUTE_FIELDS.map((field): [string, string] => [`--${CONFIG_ATTRIBUTES[field]} <value>`, CONFIG_ALLOWED[field]]),
    ...Object.entries(OWN_OPTIONS).map(([name, option]): [string, string] => [
      `${option.short ? `-${option.short}, ` : ''}--${name}${option.value ? ` ${option.value}` : ''}`,
      option.help,
    ]),
  ];
  const width = Math.max(...rows.map(([flag]) => flag.length)) + 2;
  const lines = rows.map(([flag, help]) => `  ${flag.padEnd(width)}${help}`);
  const fields = lines.slice(0, ATTRIBUTE_FIELDS.length).join('\n');
  const own = lines.slice(ATTRIBUTE_FIELDS.length).join('\n');
  return `Usage: npx @spot-the-signs/static render [options] > snippet.html

Writes <spot-the-signs> as static HTML (no script): the element with a declarative shadow root, for pages
where scripts are not allowed. Paste it where the widget should show.

The element's attributes (each optional; the defaults are the element's):
${fields}

${own}
`;
}

/** The options are built from core's table, so their values are typed by name here. */
interface Parsed {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

function parse(argv: string[]): Parsed {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    // Node's message is a paragraph; its first sentence names the problem ("Unknown option '--foo'").
    const first = (error as Error).message.split(/\.(\s|$)/)[0];
    throw new UsageError(`${first}. Run "${COMMAND} --help" for the options.`);
  }
}

function readConfigFile(file: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`--config: cannot read "${file}" (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`--config: "${file}" is not valid JSON (${(error as Error).message}).`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new UsageError(`--config: "${file}" must hold a JSON object such as {"channels": [...]}.`);
  }
  const unknown = Object.keys(value).find((key) => !CONFIG_FILE_FIELDS.includes(key));
  if (unknown) {
    throw new UsageError(`--config: "${file}" has an unknown field "${unknown}"; expected some of ${CONFIG_FILE_FIELDS.map((f) => `"${f}"`).join(', ')}.`);
  }
  return value as Record<string, unknown>;
}

/** Writes next to the target, then renames: a reader of the file never sees half a snippet. */
function writeAtomically(file: string, text: string): void {
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new UsageError(`--out: cannot write "${file}" (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
  }
}

async function run(argv: string[], stdout: (text: string) => void): Promise<void> {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    if (command === undefined) throw new UsageError(`Expected a command: "${COMMAND} render [options]". Run "${COMMAND} --help" for the options.`);
    stdout(usage());
    return;
  }
  if (command !== 'render') throw new UsageError(`Unknown command "${command}"; expected "render". Run "${COMMAND} --help" for the options.`);
  const { values, positionals } = parse(rest);
  if (values.help) {
    stdout(usage());
    return;
  }
  if (positionals.length) throw new UsageError(`Unexpected argument "${positionals[0]}". Run "${COMMAND} --help" for the options.`);

  const input: Record<string, unknown> = typeof values.config === 'string' ? readConfigFile(values.config) : {};
  for (const field of ATTRIBUTE_FIELDS) {
    const given = values[CONFIG_ATTRIBUTES[field]];
    if (given !== undefined) input[field] = given;
  }
  // The CLI is stricter than the element: a value the element would replace with its default is a mistake here.
  const { config, errors } = parseWidgetConfig(input, { knownStringKeys: overridableKeys() });
  const [error] = errors;
  if (error) {
    // Core's message names the attribute, the value, the reason and what is allowed; the CLI uses no default.
    const problem = error.message.replace(/ Using the default instead\.$/, '');
    throw new UsageError(error.field === 'channels' || error.field === 'strings' ? `--config ${problem}` : `--${problem}`);
  }
  if (config.lang) {
    const available = availableLocales(config.minReview);
    if (!matchLocale([config.lang], available)) {
      const below = matchLocale([config.lang]) && config.minReview !== REVIEW_STATUSES[0];
      throw new UsageError(
        `--lang: "${config.lang}" is not ${below ? `reviewed to min-review "${config.minReview as ReviewStatus}"` : 'available'}; expected one of ${available.map((locale) => locale.code).join(', ')}.`,
      );
    }
  }

  const rendered = await renderStatic(input, { controls: values['with-script'] ? 'disabled' : 'omit' });
  const text = values.page ? staticPage(rendered) : rendered.html;
  if (typeof values.out === 'string') writeAtomically(values.out, text);
  else stdout(text);
}

/** Runs the command; resolves to its exit code. Only a usage mistake is reported without a stack trace. */
export async function main(argv: string[], io = { stdout: (text: string) => void process.stdout.write(text), stderr: (text: string) => void process.stderr.write(text) }): Promise<number> {
  try {
    await run(argv, io.stdout);
    return 0;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`${COMMAND}: ${error.message}\n`);
    return 2;
  }
}
