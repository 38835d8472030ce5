// Runs every check: types, lint, build, Node tests (core, examples), browser tests (source and CDN
// build in Chromium). Ends with one line of counts: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const work = mkdtempSync(join(tmpdir(), 'sts-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
const steps = [];

function run(name, command, args, env = {}) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = result.status === 0;
  steps.push({ name, ok, seconds: Math.round((Date.now() - started) / 100) / 10 });
  return ok;
}

/** A step that is a check rather than a set of tests counts as one test. */
function check(name, command, args) {
  const ok = run(name, command, args);
  totals[ok ? 'passed' : 'failed'] += 1;
  return ok;
}

// The locale packs are generated source: the type-check and lint read them.
check('locale packs', 'npx', ['tsx', 'packages/widget/scripts/generate-packs.ts']);
if (check('type-check', 'npx', ['tsc', '-b', 'packages/react', 'packages/static'])) check('type-check tests', 'npx', ['tsc', '-p', 'tsconfig.test.json']);
check('lint', 'npx', ['eslint', '.']);
const built = check('build', 'node', ['scripts/build.mjs']);

const tap = join(work, 'node.tap');
const nodeOk = run('node tests', 'node', [
  '--import', 'tsx',
  '--test',
  '--test-reporter=spec', '--test-reporter-destination=stdout',
  '--test-reporter=tap', `--test-reporter-destination=${tap}`,
  // Node 20 does not expand globs given to --test.
  ...['packages/core/test', 'packages/widget/test-node', 'packages/static/test', 'examples/typescript', 'tools/i18n', 'tools/readability', 'tools/data-check', 'tests'].flatMap((dir) =>
    readdirSync(dir).filter((name) => name.endsWith('.test.ts')).map((name) => join(dir, name)),
  ),
]);
if (existsSync(tap)) {
  const report = readFileSync(tap, 'utf8');
  const number = (label) => Number(new RegExp(`^# ${label} (\\d+)$`, 'm').exec(report)?.[1] ?? 0);
  totals.passed += number('pass');
  totals.failed += number('fail') + number('cancelled');
  totals.skipped += number('skipped') + number('todo');
} else if (!nodeOk) totals.failed += 1;

if (built) {
  const counts = join(work, 'wtr.json');
  const browserOk = run('browser tests', 'npx', ['web-test-runner'], { STS_WTR_COUNTS: counts });
  if (existsSync(counts)) {
    const browser = JSON.parse(readFileSync(counts, 'utf8'));
    for (const key of Object.keys(totals)) totals[key] += browser[key];
  } else if (!browserOk) totals.failed += 1;
} else {
  console.log('browser tests skipped: the build failed');
  totals.failed += 1;
}

console.log('\nSteps:');
for (const step of steps) console.log(`  ${step.ok ? '✓' : '✗'} ${step.name} (${step.seconds}s)`);
const failedSteps = steps.filter((step) => !step.ok).length;
console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed > 0 || failedSteps > 0 ? 1 : 0);
