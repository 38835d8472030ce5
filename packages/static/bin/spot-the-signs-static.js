#!/usr/bin/env node
// npx @spot-the-signs/static render --lang cy --jurisdiction GB-WLS > snippet.html  (see --help)
import { main } from '../dist/cli.js';

process.exitCode = await main(process.argv.slice(2));
