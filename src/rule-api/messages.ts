/**
 * Message templates, after ESLint: a rule declares its messages once in `meta.messages`
 * ("{{date}} was a {{actual}}, not a {{written}}.") and reports a `messageId` with the `data`
 * that fills the placeholders. Unlike ESLint, a placeholder without data is an error, not text
 * left in the message: a rule that forgets a value is a bug and must fail loudly.
 */

/** The values a report fills into its message's placeholders. */
export type MessageData = Readonly<Record<string, string | number>>;

/** `{{name}}`, with optional spaces inside the braces (ESLint's syntax). */
const PLACEHOLDER = /\{\{\s*([^{}\s]+?)\s*\}\}/g;

/** The placeholders of a template, each once, in the order they first appear. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]))];
}

/** The template cut into literal text and placeholders, in order (for other placeholder syntaxes: SARIF's `{0}`). */
export function splitTemplate(template: string): Array<{ literal: string } | { placeholder: string }> {
  const parts: Array<{ literal: string } | { placeholder: string }> = [];
  let at = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    if (match.index > at) parts.push({ literal: template.slice(at, match.index) });
    parts.push({ placeholder: match[1] });
    at = match.index + match[0].length;
  }
  if (at < template.length) parts.push({ literal: template.slice(at) });
  return parts;
}

/** The template with every placeholder replaced by its value; throws when a value is missing. */
export function fillMessage(template: string, data: MessageData = {}): string {
  return template.replace(PLACEHOLDER, (_whole, name: string) => {
    if (!Object.hasOwn(data, name)) throw new Error(`no data for the placeholder {{${name}}} of the message "${template}"`);
    return String(data[name]);
  });
}

/** The text of a rule's message `messageId`, filled with `data`; throws on an unknown id or a missing value. */
export function ruleMessage(ruleId: string, messages: Readonly<Record<string, string>> | undefined, messageId: string, data?: MessageData): string {
  const template = messages && Object.hasOwn(messages, messageId) ? messages[messageId] : undefined;
  if (template === undefined) {
    const known = messages ? Object.keys(messages) : [];
    throw new Error(`rule "${ruleId}" reported the unknown messageId "${messageId}" (its meta.messages has ${known.length > 0 ? known.map((k) => `"${k}"`).join(', ') : 'none'})`);
  }
  try {
    return fillMessage(template, data);
  } catch (error) {
    throw new Error(`rule "${ruleId}", messageId "${messageId}": ${(error as Error).message}`);
  }
}
