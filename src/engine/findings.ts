/**
 * A rule's report → a located finding, with its message checked against the rule's
 * declared messages.
 */
import { locateSourceRange, locateSpan } from '../load/document.js';
import type { Document, Span } from '../load/document.js';
import type { Finding, ReportDescriptor, Rule, Severity, SourceRef } from '../rule-api/types.js';
import { ruleMessage } from '../rule-api/messages.js';

export interface ActiveRule {
  rule: Rule;
  severity: Exclude<Severity, 'off'>;
  options: Record<string, unknown>;
}

/**
 * The located finding of a report. A report's message must fit the rule: a `messageId` its
 * `meta.messages` declares, with a value for every placeholder, or a free `message` from a
 * rule that declares none. Anything else throws, so it becomes an internal failure of the
 * document (the rule is broken), never a finding with a half-made message.
 */
export function toFinding(doc: Document, active: ActiveRule, descriptor: ReportDescriptor): Finding {
  const { meta } = active.rule;
  const message = messageOf(meta.id, meta.messages, descriptor);
  const location = descriptor.sourceRange ? locateSourceRange(doc, descriptor.sourceRange) : locateFocused(doc, descriptor.span, descriptor.focus);
  const sources: SourceRef[] | undefined = descriptor.source
    ? Array.isArray(descriptor.source) ? descriptor.source : [descriptor.source]
    : undefined;
  return {
    ruleId: active.rule.meta.id,
    severity: active.severity,
    ...message,
    span: descriptor.span,
    ...location,
    evidence: descriptor.evidence,
    suggestions: descriptor.suggestions,
    sources,
    related: descriptor.related,
  };
}

/** The span's place, starting at the focus when there is one (the end is the later of the two ends). */
function locateFocused(doc: Document, span: Span, focus: Span | undefined): ReturnType<typeof locateSpan> {
  if (!focus) return locateSpan(doc, span);
  return locateSpan(doc, { start: focus.start, end: Math.max(focus.end, span.end) });
}

function messageOf(ruleId: string, messages: Record<string, string> | undefined, descriptor: ReportDescriptor): Pick<Finding, 'message' | 'messageId' | 'data'> {
  if (descriptor.messageId !== undefined) {
    const text = ruleMessage(ruleId, messages, descriptor.messageId, descriptor.data);
    const data = descriptor.data ? Object.fromEntries(Object.entries(descriptor.data).map(([k, v]) => [k, String(v)])) : undefined;
    return { message: text, messageId: descriptor.messageId, ...(data ? { data } : {}) };
  }
  if (messages) throw new Error(`rule "${ruleId}" declares meta.messages, so it must report a messageId, not a free message`);
  if (typeof descriptor.message !== 'string') throw new Error(`rule "${ruleId}" reported neither a messageId nor a message`);
  return { message: descriptor.message };
}

export function byPosition(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
}
