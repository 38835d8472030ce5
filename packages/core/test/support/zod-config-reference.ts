/**
 * The reference for `parseWidgetConfig`: each field judged by the zod schemas of `src/schema`, as `src/config.ts`
 * did before it moved to the hand-written checks of `src/config-checks.ts` (to keep zod out of the embed). The
 * parse itself is shared (`parseConfigWith`); `config-checks.test.ts` requires the two sets of checks to agree.
 */
import type * as z from 'zod/mini';
import { parseConfigWith } from '../../src/config.js';
import type { ChoiceField, FieldChecks, ParsedConfig, ParseOptions } from '../../src/config.js';
import type { Checked } from '../../src/config-checks.js';
import { exitUrlSchema, partnerChannelSchema, widgetConfigSchema } from '../../src/schema/config.js';
import type { WidgetConfig } from '../../src/schema/config.js';
import { languageTag } from '../../src/schema/locale.js';

/** The words of a zod issue as the warnings put them: `invalid format`, or the schema's own message. */
const problemOf = (issue: z.core.$ZodIssue) =>
  issue.message && issue.message !== 'Invalid input' ? issue.message : issue.code.replace(/_/g, ' ');

/** The first issue of a zod error as the warnings put it: `phone.tel: invalid format`. */
export function firstIssue(error: z.core.$ZodError | undefined): string | undefined {
  const issue = error?.issues[0];
  if (!issue) return undefined;
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${problemOf(issue)}` : problemOf(issue);
}

type SafeParseResult<T> = { success: true; data: T } | { success: false; error: z.core.$ZodError };

/** A zod schema as a check: its data, or where and what its first issue is. A schema that throws fails. */
function checkWith<T>(schema: { safeParse(value: unknown): SafeParseResult<T> }, value: unknown): Checked<T> {
  let result: SafeParseResult<T>;
  try {
    result = schema.safeParse(value);
  } catch {
    return { ok: false, path: [], problem: 'unreadable' };
  }
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  return { ok: false, path: issue ? issue.path.map(String) : [], problem: issue ? problemOf(issue) : '' };
}

export const ZOD_CHECKS: FieldChecks = {
  languageTag: (value) => checkWith(languageTag, value).ok,
  exitUrl: (value) => checkWith(exitUrlSchema, value),
  headingLevel: (value) => checkWith(widgetConfigSchema.shape.headingLevel, value).ok,
  choice: <F extends ChoiceField>(field: F, value: unknown): value is WidgetConfig[F] =>
    checkWith(widgetConfigSchema.shape[field], value).ok,
  channel: (value) => checkWith(partnerChannelSchema, value),
};

/** `parseWidgetConfig` with every field judged by zod. */
export function parseWithZod(input: unknown, options: ParseOptions = {}): ParsedConfig {
  return parseConfigWith(ZOD_CHECKS, input, options);
}
