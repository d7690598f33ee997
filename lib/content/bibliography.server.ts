import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse, type Creator } from "@retorquere/bibtex-parser";
import { ContentError } from "./errors.server";
import { contentRoot, displayPath } from "./paths.server";

/** One reference, reduced to what cards, the bibliography and feeds show. */
export interface BibEntry {
  key: string;
  authors: string[];
  /** Family names (with their particle, "de Las Casas"), for short author lists. */
  familyNames: string[];
  title: string;
  venue?: string;
  year?: string;
  url?: string;
}

const file = path.join(contentRoot, "references.bib");
let cached: Map<string, BibEntry> | undefined;

function personName(c: Creator): string {
  if (c.name) return c.name; // an institution, e.g. "OpenAI Dota Team"
  return [c.firstName, c.prefix, c.lastName].filter(Boolean).join(" ");
}

function familyName(c: Creator): string {
  return c.name ?? [c.prefix, c.lastName].filter(Boolean).join(" ");
}

function venueOf(fields: Record<string, unknown>): string | undefined {
  const { journal, booktitle, archiveprefix, eprint } = fields as Record<string, string | undefined>;
  if (journal || booktitle) return journal ?? booktitle;
  if (archiveprefix && eprint) return `${archiveprefix}:${eprint}`;
  return undefined;
}

function linkOf(fields: Record<string, unknown>): string | undefined {
  const { url, doi, archiveprefix, eprint } = fields as Record<string, string | undefined>;
  if (url) return url;
  if (doi) return `https://doi.org/${doi}`;
  if (archiveprefix?.toLowerCase() === "arxiv" && eprint) return `https://arxiv.org/abs/${eprint}`;
  return undefined;
}

/** content/references.bib, parsed once per process. A syntax error fails loudly with its line. */
export function getBibliography(): Map<string, BibEntry> {
  if (cached) return cached;
  // english: false keeps titles exactly as the editors cased them (no sentence-casing heuristics).
  const library = parse(readFileSync(file, "utf8"), { english: false });
  if (library.errors.length) {
    const first = library.errors[0];
    throw new ContentError(displayPath(file), `entry near "${(first.input ?? "").slice(0, 60)}"`, first.error);
  }
  const entries = new Map<string, BibEntry>();
  for (const e of library.entries) {
    entries.set(e.key, {
      key: e.key,
      authors: (e.fields.author ?? []).map(personName),
      familyNames: (e.fields.author ?? []).map(familyName),
      title: e.fields.title ?? e.key,
      venue: venueOf(e.fields),
      year: e.fields.year,
      url: linkOf(e.fields),
    });
  }
  cached = entries;
  return entries;
}

/** "Saxe, McClelland and Ganguli" / "Simon et al." — for cards and plain-text citations. */
export function shortAuthors({ familyNames: last }: BibEntry): string {
  if (last.length <= 2) return last.join(" and ");
  if (last.length === 3) return `${last[0]}, ${last[1]} and ${last[2]}`;
  return `${last[0]} et al.`;
}
