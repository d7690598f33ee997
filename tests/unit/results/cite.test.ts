import { describe, expect, it } from "vitest";
import { badgeSvg, bibtexEntry } from "@/lib/results/cite";
import { parse } from "@retorquere/bibtex-parser";

const result = {
  id: "cm123",
  title: "Sharpness {really} hovers at 2/η & 100% of the time_",
  authorName: "Ada Lovelace",
  createdAt: new Date("2026-12-02T10:00:00Z"),
  experimentId: "edge-of-stability@1",
  specHash: "a".repeat(64),
  verdict: "not-reproduced" as const,
};

describe("cite and badge", () => {
  it("the BibTeX entry parses back to the title, author, URL and the pinned spec", () => {
    const text = bibtexEntry(result, "https://hub.example");
    const { entries, errors } = parse(text);
    expect(errors).toEqual([]);
    expect(entries).toHaveLength(1);
    const e = entries[0];
    expect(e.key).toBe("lmh-result-cm123");
    expect(e.type).toBe("misc");
    expect(e.fields.title).toBe("Sharpness {really} hovers at 2/η & 100% of the time_");
    expect(e.fields.author).toEqual([{ firstName: "Ada", lastName: "Lovelace" }]);
    expect(e.fields.year).toBe("2026");
    expect(e.fields.url).toBe("https://hub.example/results/cm123");
    expect(e.fields.note).toContain(`spec sha256 ${"a".repeat(64)}; verdict: not reproduced`);
  });

  it("the badge says the verdict, or that the check is still running", () => {
    expect(badgeSvg("reproduced")).toContain(">reproduced</text>");
    expect(badgeSvg("not-reproduced")).toContain('aria-label="toy result: not reproduced"');
    expect(badgeSvg(null)).toContain(">checking</text>");
    expect(badgeSvg("inconclusive")).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+" height="20"/);
  });
});
