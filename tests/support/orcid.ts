import { orcidCheckDigit } from "@/lib/validation/orcid";

/** A valid ORCID iD no other test uses (the iD is unique per account). */
export function uniqueOrcid(): string {
  const body = `0009${String(Date.now() % 1e8).padStart(8, "0")}${String(Math.floor(Math.random() * 1000)).padStart(3, "0")}`;
  const id = `${body}${orcidCheckDigit(body)}`;
  return id.match(/.{4}/g)!.join("-");
}
