import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "@/lib/forum/cursor";
import { quotedPosts, quoteMarkdown, threadSlug } from "@/lib/forum/quotes";

describe("keyset cursor", () => {
  it("round-trips time and number keys", () => {
    const t = { key: "2026-12-02T04:30:00.000Z", id: "abc123" };
    expect(decodeCursor(encodeCursor(t), "time")).toEqual(t);
    const n = { key: 42, id: "abc123" };
    expect(decodeCursor(encodeCursor(n), "number")).toEqual(n);
  });

  it("anything else is no cursor (first page), never an error", () => {
    for (const bad of ["", "%%%", "bm90IGpzb24", encodeCursor({ key: 42, id: "x" }), encodeCursor({ key: "2026-01-01T00:00:00Z", id: "a'; DROP" }), "A".repeat(500)]) {
      expect(decodeCursor(bad, "time")).toBeNull();
    }
    expect(decodeCursor(encodeCursor({ key: "2026-01-01T00:00:00.000Z", id: "a" }), "number")).toBeNull();
    expect(decodeCursor(encodeCursor({ key: -1, id: "a" }), "number")).toBeNull();
  });
});

describe("quotes and slugs", () => {
  it("the composer's quote links the post and is found again on save", () => {
    const md = quoteMarkdown("line one\nline two", { handle: "alice", threadId: "t1", slug: "edge", number: 3 });
    expect(md).toBe("> line one\n> line two\n>\n> — @alice, [post 3](/forum/t/t1/edge#p3)\n\n");
    expect(quotedPosts(md + "my answer")).toEqual([{ threadId: "t1", number: 3 }]);
    expect(quotedPosts("not quoted [post 3](/forum/t/t1/edge#p3)")).toEqual([]);
  });

  it("slugs are readable and never empty", () => {
    expect(threadSlug("Why does λ_max hover at 2/η? (EoS)")).toBe("why-does-max-hover-at-2-eos");
    expect(threadSlug("∑∫")).toBe("thread");
  });
});
