/**
 * Prints an HMO inspection checklist from @spot-the-signs/core: the signs a housing officer may see in
 * a home, grouped by category, each with its sources, then who to contact in Cambridgeshire.
 *
 *   npm run example:typescript
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { groupByCategory, routeChannels, selectIndicators, sourcesOf } from '@spot-the-signs/core';
import type { IndicatorCategory } from '@spot-the-signs/core';

// The English text ships with the package as JSON, keyed by indicator and channel id.
const require = createRequire(import.meta.url);
const content = JSON.parse(readFileSync(require.resolve('@spot-the-signs/core/locales/en-GB/content.json'), 'utf8')) as {
  about: Record<string, string>;
  indicators: Record<string, { title: string; detail: string }>;
  channels: Record<string, { description: string }>;
};

const CATEGORY_TITLES: Record<IndicatorCategory, string> = {
  physical: 'How people look and their health',
  psychological: 'How people act and feel',
  situational: 'Their situation, money and work',
  environmental: 'The home itself',
};

export function hmoChecklist(): string {
  const lines: string[] = ['HMO inspection: signs of modern slavery', '', content.about.notProof ?? '', ''];
  const signs = selectIndicators({ setting: 'home', audience: 'housing-officer' });
  for (const group of groupByCategory(signs)) {
    lines.push(`## ${CATEGORY_TITLES[group.category]}`);
    for (const indicator of group.indicators) {
      const text = content.indicators[indicator.id];
      const cited = sourcesOf(indicator).map((source) => source.publisher).join('; ');
      lines.push(`[ ] ${text?.title}`, `    ${text?.detail}`, `    Sources: ${cited}`);
    }
    lines.push('');
  }
  lines.push('## Who to contact (Cambridgeshire and Peterborough)', content.about.dontConfront ?? '', '');
  for (const { channel } of routeChannels({ jurisdiction: 'GB-CAM', workerExploitation: true })) {
    const contact = channel.phone?.value.display ?? channel.url?.value ?? channel.email?.value ?? '';
    // Each claim carries its own evidence; the number's is the one an inspector acts on.
    const checked = channel.phone?.evidence.map((evidence) => evidence.checkedAt).sort().at(-1);
    lines.push(`- ${channel.name}: ${contact}${checked ? ` (number confirmed as of ${checked})` : ''}`);
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(hmoChecklist());
