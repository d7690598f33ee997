/** "1,2,3" -> [1, 2, 3]; null unless every entry is a 32-bit non-negative integer. */
export function parseSeedList(text: string): number[] | null {
  const seeds = text.split(",").map((s) => Number(s.trim()));
  return text.trim() !== "" && seeds.every((s) => Number.isInteger(s) && s >= 0 && s <= 0xffffffff) ? seeds : null;
}
