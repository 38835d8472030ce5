// Builds every package: data checks and open data, JavaScript (rollup), then type declarations.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const run = (command, args, env = {}) =>
  execFileSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });

for (const dir of ['packages/core/dist', 'packages/widget/dist']) rmSync(dir, { recursive: true, force: true });
run('npx', ['tsx', 'packages/core/scripts/build-open-data.ts']);
run('npx', ['rollup', '-c', 'rollup.config.mjs', '--silent']);
// Project references: core's declarations first, then the widget's, which import them.
run('npx', ['tsc', '-b', 'packages/widget']);
