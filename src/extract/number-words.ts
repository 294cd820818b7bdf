/** Small number words as news text writes them ("twenty", "a dozen", "75"). */
const UNITS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, dozen: 12, 'a dozen': 12, 'a couple of': 2, 'a hundred': 100,
};

/** Regex source for a count: digits, a word, or "twenty-five". */
export const NUMBER_PATTERN =
  "(?:\\d{1,4}(?:\\.\\d+)?|a couple of|a dozen|a hundred|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine|ten|hundred|dozen|an?)";

export function parseCount(text: string): number | undefined {
  const t = text.trim().toLowerCase();
  if (/^\d/.test(t)) return Number(t);
  if (t in UNITS) return UNITS[t];
  const compound = /^(\w+)[- ](\w+)$/.exec(t);
  if (compound && compound[1] in UNITS && compound[2] in UNITS) return UNITS[compound[1]] + UNITS[compound[2]];
  return undefined;
}
