// The CLI as a partner runs it: a child process of the built bin (npm run build first).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { CONFIG_ATTRIBUTES, JURISDICTIONS, REVIEW_STATUSES, WIDGET_SETTINGS } from '@spot-the-signs/core';

const BIN = fileURLToPath(new URL('../bin/spot-the-signs-static.js', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'sts-static-cli-'));

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: work });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** One plain line naming the problem: no stack trace, nothing on stdout, exit code 2. */
function assertUsageError(result: ReturnType<typeof cli>, ...mentions: (string | RegExp)[]) {
  assert.equal(result.status, 2, result.stderr);
  assert.equal(result.stdout, '');
  const lines = result.stderr.trimEnd().split('\n');
  assert.equal(lines.length, 1, `expected one line, got:\n${result.stderr}`);
  assert.doesNotMatch(result.stderr, /\n\s+at |Error:/);
  for (const mention of mentions) {
    if (typeof mention === 'string') assert.ok(result.stderr.includes(mention), `"${mention}" not in: ${result.stderr}`);
    else assert.match(result.stderr, mention);
  }
}

const file = (name: string, text: string) => {
  const path = join(work, name);
  writeFileSync(path, text);
  return path;
};

describe('spot-the-signs-static: help', () => {
  for (const args of [['--help'], ['-h'], ['help'], ['render', '--help'], ['render', '-h']]) {
    it(`${args.join(' ')} prints the usage to stdout and exits 0`, () => {
      const result = cli(...args);
      assert.equal(result.status, 0);
      assert.equal(result.stderr, '');
      assert.match(result.stdout, /^Usage: npx @spot-the-signs\/static render/);
      // Every attribute of the element is an option (channels and strings come in --config).
      for (const [field, attribute] of Object.entries(CONFIG_ATTRIBUTES)) {
        if (field !== 'channels' && field !== 'strings') assert.ok(result.stdout.includes(`--${attribute} `), attribute);
      }
    });
  }
});

describe('spot-the-signs-static: mistakes are one line and exit code 2', () => {
  it('no command', () => assertUsageError(cli(), '"spot-the-signs-static render [options]"'));
  it('an unknown command', () => assertUsageError(cli('draw'), 'Unknown command "draw"'));
  it('an unknown option', () => assertUsageError(cli('render', '--colour', 'red'), "'--colour'"));
  it('a missing value', () => assertUsageError(cli('render', '--lang'), "'--lang <value>'"));
  it('a stray argument', () => assertUsageError(cli('render', 'cy'), '"cy"'));
  it('an unreadable --config', () => assertUsageError(cli('render', '--config', join(work, 'nowhere.json')), '--config', 'nowhere.json', 'ENOENT'));
  it('a --config that is not JSON', () => assertUsageError(cli('render', '--config', file('broken.json', '{"channels": [')), '--config', 'not valid JSON'));
  it('a --config that is not an object', () => assertUsageError(cli('render', '--config', file('list.json', '[]')), 'JSON object'));
  it('a --config with an unknown field', () => assertUsageError(cli('render', '--config', file('field.json', '{"chanels": []}')), '"chanels"'));
  it('a --config with an invalid channel', () =>
    assertUsageError(cli('render', '--config', file('channel.json', '{"channels": [{"id": "x"}]}')), '--config channels', 'item 0'));

  it('an invalid --jurisdiction lists the valid ones', () => assertUsageError(cli('render', '--jurisdiction', 'GB-XX'), '--jurisdiction', ...JURISDICTIONS.map((code) => `"${code}"`)));
  it('an invalid --setting lists the valid ones', () => assertUsageError(cli('render', '--setting', 'nonsense'), '--setting', ...WIDGET_SETTINGS.map((code) => `"${code}"`)));
  it('an invalid --min-review lists the valid ones', () => assertUsageError(cli('render', '--min-review', 'perfect'), '--min-review', ...REVIEW_STATUSES.map((code) => `"${code}"`)));
  for (const [flag, value] of [['--audience', 'everyone'], ['--view', 'them'], ['--heading-level', '7'], ['--quick-exit', 'maybe'], ['--exit-url', 'http://example.com'], ['--lang', 'not a tag']]) {
    it(`an invalid ${flag}`, () => assertUsageError(cli('render', flag!, value!), `${flag}: "${value}" is not allowed`, 'expected'));
  }
  it('a --lang that is not shipped lists the shipped codes', () => assertUsageError(cli('render', '--lang', 'xx'), '"xx" is not available', 'en-GB', 'cy', 'lt'));
  it('a --lang below --min-review lists the codes reviewed enough', () => {
    const result = cli('render', '--lang', 'lt', '--min-review', 'community-reviewed');
    assertUsageError(result, '"lt"', 'community-reviewed', 'en-GB');
    assert.doesNotMatch(result.stderr, /\blt\b.*\blt\b/);
  });
  it('nothing is written to --out on a mistake', () => {
    const out = join(work, 'mistake.html');
    assertUsageError(cli('render', '--setting', 'nonsense', '--out', out));
    assert.equal(existsSync(out), false);
  });
});

describe('spot-the-signs-static render', () => {
  it('writes the element with a declarative shadow root to stdout', () => {
    const result = cli('render', '--lang', 'cy', '--jurisdiction', 'GB-WLS', '--setting', 'home');
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stderr, '');
    assert.match(result.stdout, /^<spot-the-signs lang="cy" jurisdiction="GB-WLS" setting="home"><template shadowrootmode="open"><style>/);
    assert.match(result.stdout, /<div part="base" class="root" lang="cy" dir="ltr"\s*>/);
    assert.match(result.stdout, /<\/template><\/spot-the-signs>\n$/);
  });

  it('--min-review is honoured (and a language reviewed enough renders)', () => {
    const result = cli('render', '--lang', 'en-GB', '--min-review', 'professionally-reviewed');
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /min-review="professionally-reviewed"/);
    assert.match(result.stdout, /class="root" lang="en-GB"/);
  });

  it('--page writes a whole page in the language rendered', () => {
    const result = cli('render', '--lang', 'ar', '--page');
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^<!DOCTYPE html>\n<html lang="ar" dir="rtl">/);
    assert.match(result.stdout, /<body>\n<spot-the-signs lang="ar">/);
  });

  it('--out writes the file, through a temporary file that does not stay', () => {
    const dir = mkdtempSync(join(work, 'out-'));
    const out = join(dir, 'snippet.html');
    writeFileSync(out, 'the old snippet');
    const result = cli('render', '--lang', 'ro', '--out', out);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout, '');
    assert.match(readFileSync(out, 'utf8'), /^<spot-the-signs lang="ro">/);
    assert.deepEqual(readdirSync(dir), ['snippet.html']);
  });

  it('--config channels and strings show, and --with-script keeps them for the element', () => {
    const config = file(
      'council.json',
      JSON.stringify({
        channels: [{ id: 'hmo-team', name: 'Our HMO team', phone: { tel: '+441223457000', display: '01223 457000' } }],
        strings: { 'en-GB': { heading: 'Worried about a house in multiple occupation?' } },
      }),
    );
    const plain = cli('render', '--config', config);
    assert.equal(plain.status, 0, plain.stderr);
    assert.ok(plain.stdout.includes('Our HMO team') && plain.stdout.includes('tel:+441223457000'));
    assert.ok(plain.stdout.includes('Worried about a house in multiple occupation?'));
    assert.doesNotMatch(plain.stdout, /<script|<select|<button/);

    const withScript = cli('render', '--config', config, '--with-script');
    assert.match(withScript.stdout, /<select\s+part="language-picker"\s+disabled\s*>/);
    assert.match(withScript.stdout, /<\/template><script type="application\/json">\{"channels":\[\{"id":"hmo-team"/);
  });
});
