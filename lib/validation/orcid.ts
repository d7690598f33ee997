// ORCID iDs: 16 characters in four groups, the last an ISO 7064 11,2 check character.
const ORCID = /^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/;

/** The ISO 7064 11,2 check character ORCID appends to the first 15 digits. */
export function orcidCheckDigit(first15: string): string {
  let total = 0;
  for (const ch of first15) total = (total + Number(ch)) * 2;
  const check = (12 - (total % 11)) % 11;
  return check === 10 ? "X" : String(check);
}

export function isOrcidId(id: string): boolean {
  if (!ORCID.test(id)) return false;
  const digits = id.replace(/-/g, "");
  return digits[15] === orcidCheckDigit(digits.slice(0, 15));
}
