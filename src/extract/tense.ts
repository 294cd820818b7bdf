/**
 * A cheap reading of a sentence's tense from marker words — enough to tell "the talks were
 * held on 22 January" (a reported event) from "the summit will open on 5 June" (a plan).
 * Deliberately conservative: a sentence with both kinds of marker counts as mixed, and
 * rules that need a tense stay quiet on mixed sentences.
 */
const PAST_MARKERS =
  /\b(?:was|were|had|did|held|signed|met|said|told|announced|agreed|visited|died|won|lost|began|ended|opened|closed|launched|elected|killed|occurred|happened|attacked|invaded|declared|adopted|approved|passed|voted|arrived|left|took|gave|made|became|returned|resigned|suspended|reached|decided|introduced|annexed|seized|struck|released|published|stated|noted|reported|described|summoned|promised|offered|invited|spent|expelled|fell|rose|came|went|ruled|launched|hosted|sent|issued|called|delivered)\b/i;
const FUTURE_MARKERS =
  /\b(?:will|won[’']t|shall|would|is to|are to|scheduled|planned|plans|planning|expected|expects|due to|set to|to be held|going to|upcoming|intends?|aims?|next|coming|tomorrow|forthcoming|preparing|prepares|until|by then|hopes?|could|should|may|might)\b/i;

export interface SentenceTense {
  past: boolean;
  future: boolean;
}

export function tenseOf(sentence: string): SentenceTense {
  return { past: PAST_MARKERS.test(sentence), future: FUTURE_MARKERS.test(sentence) };
}

/** Clearly about something that has happened: past markers and no sign of a plan. */
export function isPastReport(sentence: string): boolean {
  const t = tenseOf(sentence);
  return t.past && !t.future;
}

/** Clearly about something still to come. */
export function isFutureReport(sentence: string): boolean {
  const t = tenseOf(sentence);
  return t.future && !t.past;
}

/** Markers that put a sentence in the future beyond doubt ("As expected" is not one). */
const STRONG_FUTURE = /\b(?:will|shall|scheduled|upcoming|next|forthcoming|to be held|going to)\b/i;

export function hasStrongFuture(sentence: string): boolean {
  return STRONG_FUTURE.test(sentence);
}
