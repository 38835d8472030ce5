/** XLIFF 2.0 and CSV for translators: the English, a context note and the current translation per key. */
import { XMLParser } from 'fast-xml-parser';
import type { Namespace } from './catalogue.js';

export interface Unit {
  ns: Namespace;
  key: string;
  note: string;
  source: string;
  target: string;
  /** XLIFF 2.0 segment state. */
  state: 'initial' | 'translated' | 'reviewed' | 'final';
}

export interface Document {
  lang: string;
  units: Unit[];
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function toXliff({ lang, units }: Document): string {
  const files = (['ui', 'content'] as const).map((ns) => {
    const body = units
      .filter((unit) => unit.ns === ns)
      .map(
        (unit) => `    <unit id="${escapeXml(unit.key)}">
      <notes><note category="context">${escapeXml(unit.note)}</note></notes>
      <segment state="${unit.state}">
        <source>${escapeXml(unit.source)}</source>
        <target>${escapeXml(unit.target)}</target>
      </segment>
    </unit>`,
      )
      .join('\n');
    return `  <file id="${ns}">\n${body}\n  </file>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en-GB" trgLang="${escapeXml(lang)}">
${files.join('\n')}
</xliff>
`;
}

const asArray = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** Text of an element, whether the parser gave a string or an object with text and attributes. */
function textOf(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).filter((key) => !key.startsWith('@_'));
  if (keys.some((key) => key !== '#text')) {
    throw new Error(`markup inside a translation is not allowed (found <${keys.find((key) => key !== '#text')}>)`);
  }
  return record['#text'] === undefined ? '' : String(record['#text']);
}

export function fromXliff(xml: string): Document {
  const parser = new XMLParser({
    ignoreAttributes: false,
    trimValues: false,
    parseTagValue: false,
    processEntities: true,
    isArray: (name) => ['file', 'unit', 'note', 'segment'].includes(name),
  });
  const root = parser.parse(xml) as { xliff?: Record<string, unknown> };
  const xliff = root.xliff;
  if (!xliff || xliff['@_version'] !== '2.0') throw new Error('not an XLIFF 2.0 file');
  const lang = String(xliff['@_trgLang'] ?? '');
  const units: Unit[] = [];
  for (const file of asArray(xliff.file as Record<string, unknown>[])) {
    const ns = file['@_id'];
    if (ns !== 'ui' && ns !== 'content') throw new Error(`unknown file id "${String(ns)}"`);
    for (const unit of asArray(file.unit as Record<string, unknown>[])) {
      const segment = asArray(unit.segment as Record<string, unknown>[])[0] ?? {};
      const notes = asArray((unit.notes as Record<string, unknown> | undefined)?.note as unknown[]);
      units.push({
        ns,
        key: String(unit['@_id']),
        note: notes.map(textOf).join(' '),
        source: textOf(segment.source),
        target: textOf(segment.target),
        state: (segment['@_state'] as Unit['state']) ?? 'initial',
      });
    }
  }
  return { lang, units };
}

const CSV_COLUMNS = ['namespace', 'key', 'context', 'english', 'translation', 'state'] as const;

const csvField = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

export function toCsv({ units }: Document): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const unit of units) rows.push([unit.ns, unit.key, unit.note, unit.source, unit.target, unit.state].map(csvField).join(','));
  // A byte order mark so that spreadsheet programs open the file as UTF-8.
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

/** RFC 4180 CSV: quoted fields may hold commas, quotes (doubled) and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const input = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < input.length; i += 1) {
    const char = input[i];
    if (quoted) {
      if (char === '"' && input[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && input[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((cell) => cell !== ''));
}

export function fromCsv(text: string, lang: string): Document {
  const [header, ...rows] = parseCsv(text);
  const index = Object.fromEntries(CSV_COLUMNS.map((column) => [column, header?.indexOf(column) ?? -1]));
  for (const column of CSV_COLUMNS) if ((index[column] ?? -1) < 0) throw new Error(`the CSV has no "${column}" column`);
  const units = rows.map((row): Unit => {
    const cell = (column: (typeof CSV_COLUMNS)[number]) => row[index[column] as number] ?? '';
    const ns = cell('namespace');
    if (ns !== 'ui' && ns !== 'content') throw new Error(`unknown namespace "${ns}" for key ${cell('key')}`);
    return { ns, key: cell('key'), note: cell('context'), source: cell('english'), target: cell('translation'), state: (cell('state') || 'translated') as Unit['state'] };
  });
  return { lang, units };
}
