/** Notes for translators: what each key is, where it shows, and what to keep as it is. */
import { readFileSync } from 'node:fs';
import type { CatalogueEntry } from './catalogue.js';
import { pluralExamples, readNamespace, repoPath, SOURCE_LANG } from './catalogue.js';

const UI_NOTES: [RegExp, string][] = [
  [/^heading$/, 'The main heading of the widget.'],
  [/^intro$/, 'One or two sentences under the main heading, explaining modern slavery simply.'],
  [/^view\./, 'Buttons to choose whether the page is about someone else or about the reader.'],
  [/^language\./, 'Label of the language menu.'],
  [/^emergency\./, 'The emergency line at the top. {{number}} is the emergency number (999, 911, 112…): keep it.'],
  [/^signs\.category\./, 'Heading of a group of signs.'],
  [/^signs\.count/, 'Shown after a group heading, in brackets: how many signs the group has.'],
  [/^signs\.keyHeading$/, 'Heading over the first 5 to 7 signs of the list: the main signs to look for.'],
  [/^signs\.moreHeading/, 'Heading over the other signs, after the main ones: how many more signs there are.'],
  [/^signs\./, 'Part of the "Spot the signs" section.'],
  [/^whatToDo\./, 'Part of the "What to do" section, which lists who to contact.'],
  [/^help\./, 'Part of the "Get help" section, written to a possible victim.'],
  [/^channel\.sharing\./, 'What a helpline does with what you tell it, and with whom it shares it. Must stay exact: never soften or strengthen it.'],
  [/^channel\./, 'Text on a contact card (a helpline, the police, a charity). Keep numbers, names and placeholders.'],
  [/^guide\.reason\./, 'In the guide\'s result: one sentence on why this contact fits. It rests on checked facts: keep it exact, never soften or strengthen it.'],
  [/^guide\.situation\./, 'In the guide ("What should I do?"): a button the reader presses to say what is happening. Short; never blames the reader.'],
  [/^guide\.(question|answer)\./, 'In the guide ("What should I do?"): a question, or a button that answers it. Short.'],
  [/^guide\./, 'Part of the guide ("What should I do?"): a few questions that lead to the right number to call.'],
  [/^exit\./, 'The quick exit, which leaves the page fast. Short: it is read aloud by screen readers. Never promise that history is deleted.'],
  [/^draft\./, 'Shown while this translation has not been checked by a person.'],
  [/^loading$/, 'Shown while a language loads.'],
  [/^loadFailed$/, 'Shown when a language could not be loaded.'],
];

const indicatorTitles = () => readNamespace('content', SOURCE_LANG) ?? {};

function nameOf(channelId: string): string | undefined {
  const channels = JSON.parse(readFileSync(repoPath('packages/core/data/channels.json'), 'utf8')) as { id: string; name: string }[];
  return channels.find((channel) => channel.id === channelId)?.name;
}

export function contextNote(entry: CatalogueEntry, lang: string): string {
  const notes: string[] = [];
  if (entry.ns === 'ui') {
    notes.push(UI_NOTES.find(([pattern]) => pattern.test(entry.key))?.[1] ?? 'Interface text of the widget.');
  } else {
    const [group, id, field] = entry.key.split('.');
    if (group === 'indicators') {
      const title = indicatorTitles()[`indicators.${id}.title`];
      if (field === 'title') notes.push('A sign that someone may be exploited, as a short observation (about 60 characters). Signs are not proof.');
      if (field === 'detail') notes.push(`Explanation of the sign "${title}", shown when the reader opens it. Short sentences, reading age about 9.`);
      if (field === 'self') notes.push(`The sign "${title}" addressed to a possible victim ("you"). Kind, simple, no blame.`);
    } else if (group === 'channels') {
      notes.push(`What "${nameOf(id ?? '') ?? id}" is for. Keep the service's name exact; say only what the English says (hours, cost and privacy are shown separately).`);
    } else if (group === 'support') {
      notes.push(field === 'title' ? 'Short name of a kind of support or a right.' : 'One or two sentences about this support or right, to a possible victim.');
    } else if (group === 'about') {
      notes.push('A general note shown with the signs or the contacts.');
    }
  }
  if (entry.plural) notes.push(`Plural form "${entry.plural}", used for numbers such as ${pluralExamples(lang, entry.plural)}.`);
  if (/\{\{/.test(entry.source)) notes.push('Keep every {{placeholder}} exactly as written.');
  return notes.join(' ');
}
