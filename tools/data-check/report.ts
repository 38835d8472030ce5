/**
 * The dated report: `data-check-YYYY-MM-DD.json` (everything) and `data-check-YYYY-MM-DD.md` (a table a
 * maintainer reads: what needs action, what moved, what is due).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DUE_AFTER_MONTHS, SAFETY_LIMIT_MONTHS } from '../../packages/core/src/index.js';
import type { DataCheckReport, DueClaim, NumberResult, UrlResult, Use } from './check.js';

export function reportFileNames(date: string): { json: string; markdown: string } {
  return { json: `data-check-${date}.json`, markdown: `data-check-${date}.md` };
}

/** Writes both files into `dir` (created if needed); returns their paths. */
export function writeReport(report: DataCheckReport, dir: string): { json: string; markdown: string } {
  mkdirSync(dir, { recursive: true });
  const names = reportFileNames(report.date);
  const paths = { json: join(dir, names.json), markdown: join(dir, names.markdown) };
  writeFileSync(paths.json, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(paths.markdown, toMarkdown(report));
  return paths;
}

/** Text safe inside a Markdown table cell. */
const cell = (text: string) => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const code = (text: string) => `\`${text.replace(/`/g, "'")}\``;

const uses = (usedBy: readonly Use[]) => usedBy.map((use) => (use.kind === 'source' ? `source ${code(use.id)}` : `url of ${code(use.id)}`)).join(', ');

const chain = (result: UrlResult) =>
  result.redirects.length ? [result.fetchedUrl, ...result.redirects.map((r) => `${r.status} → ${r.to}`)].join(' ') : '';

const numberState = (n: NumberResult) => `${n.claim} ${n.display ?? n.tel} (${n.channel}): ${n.found === null ? 'not checked' : n.found ? 'found' : 'MISSING'}`;

function table(headers: string[], rows: string[][]): string {
  if (!rows.length) return '_None._\n';
  return [`| ${headers.join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join('\n') + '\n';
}

function claimsTable(claims: readonly DueClaim[]): string {
  return table(
    ['Item', 'Claim', 'Checked', 'Months', 'Sources'],
    claims.map((c) => [
      `${c.subject} ${code(c.id)}`,
      `${c.claim}${c.safety ? ' (safety)' : ''}`,
      c.checkedAt,
      String(c.months),
      c.sources.map(code).join(', ') || '—',
    ]),
  );
}

export function toMarkdown(report: DataCheckReport): string {
  const s = report.summary;
  const byStatus = (status: UrlResult['status']) => report.urls.filter((u) => u.status === status);
  const out: string[] = [];
  out.push(`# Data check, ${report.date}`, '');
  out.push(
    report.exitCode === 0
      ? '**Result: nothing needs action.**'
      : `**Result: needs action** (${report.failures.join('; ')}).`,
    '',
  );
  out.push(
    report.options.network
      ? `${s.urls} URL(s) fetched (at most ${report.options.concurrency} at a time, ${report.options.timeoutMs / 1000} s timeout${report.options.baseUrl ? `, origins rewritten to ${report.options.baseUrl}` : ''}${report.options.only ? `, only ${report.options.only.join(', ')}` : ''}) at ${report.generatedAt}.`
      : `Offline: no URL fetched; only the dates in the data were read (${report.generatedAt}).`,
    '',
  );
  out.push(
    table(
      ['ok', 'moved', 'changed', 'gone', 'error', 'timeout', 'numbers checked', 'numbers missing', 'claims due', 'safety claims overdue'],
      [[s.ok, s.moved, s.changed, s.gone, s.error, s.timeout, s.numbersChecked, s.numbersMissing, s.due, s.overdue].map(String)],
    ),
  );

  out.push('## Needs action', '');
  out.push('### Pages gone (404 or 410)', '');
  out.push(table(['URL', 'HTTP', 'Used by', 'Redirects'], byStatus('gone').map((u) => [u.url, String(u.httpStatus), uses(u.usedBy), chain(u)])));
  out.push('', '### Numbers missing from the page their evidence cites', '');
  out.push(
    table(
      ['Channel', 'Claim', 'Number', 'Not found on'],
      report.numbersMissing.map((m) => [code(m.channel), m.claim, m.display, m.pages.map((p) => `${code(p.source)} ${p.url}`).join(', ')]),
    ),
  );
  out.push('', `### Safety claims overdue (checked more than ${SAFETY_LIMIT_MONTHS} months ago)`, '');
  out.push(claimsTable(report.overdue));

  out.push('', '## To look at', '');
  out.push('### Moved (redirected)', '');
  out.push(
    table(
      ['URL', 'Final URL', 'Kind', 'Chain', 'Used by'],
      report.urls.filter((u) => u.redirects.length).map((u) => [u.url, u.finalUrl, u.redirectKind ?? '', chain(u), uses(u.usedBy)]),
    ),
  );
  out.push('', '### Errors and timeouts (try again; then open the page in a browser)', '');
  out.push(table(['URL', 'Status', 'What happened', 'Used by'], [...byStatus('error'), ...byStatus('timeout')].map((u) => [u.url, u.status, u.error ?? '', uses(u.usedBy)])));
  out.push('', `### Claims due for a re-check (checked more than ${DUE_AFTER_MONTHS} months ago)`, '');
  out.push(claimsTable(report.due));
  if (report.problems.length) {
    out.push('', '### Problems in the data', '');
    for (const problem of report.problems) out.push(`- ${problem}`);
    out.push('');
  }

  if (report.options.network) {
    out.push('', '## Every URL', '');
    out.push(
      table(
        ['Status', 'URL', 'HTTP', 'Redirects', 'Used by', 'Numbers'],
        report.urls.map((u) => [u.status, u.url, u.httpStatus === null ? '—' : String(u.httpStatus), chain(u), uses(u.usedBy), u.numbers.map(numberState).join('; ')]),
      ),
    );
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
