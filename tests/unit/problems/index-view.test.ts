import { describe, expect, it } from "vitest";
import { filterIndex, type IndexEntry } from "@/lib/problems/index-view";

const day = (d: number) => new Date(Date.UTC(2026, 0, d));
const entry = (id: string, extra: Partial<IndexEntry>): IndexEntry => ({
  id, kind: "question", direction: "od-1", title: id, summary: "", section: "§2.1", tags: [], status: "OPEN", createdAt: day(1), activityAt: day(1), watchers: 0, ...extra,
});
const entries = [
  entry("od-1", { kind: "direction", direction: null, section: "§5" }),
  entry("a", { tags: ["x"], activityAt: day(3), watchers: 1, createdAt: day(2) }),
  entry("b", { status: "RESOLVED", section: "§2.2", activityAt: day(5), watchers: 0, createdAt: day(1) }),
  entry("c", { tags: ["x"], activityAt: day(1), watchers: 7, createdAt: day(9) }),
  entry("od-2", { kind: "direction", direction: null, section: "§5" }),
  entry("d", { direction: "od-2", status: "RESOLVED" }),
];
const ids = (r: ReturnType<typeof filterIndex>) => r.map((g) => [g.direction.id, g.questions.map((q) => q.id)]);

describe("problem index filters and sorts", () => {
  it("groups questions under their directions, in the given order", () => {
    expect(ids(filterIndex(entries, {}))).toEqual([["od-1", ["a", "b", "c"]], ["od-2", ["d"]]]);
  });
  it("filters by status, direction, tag and section", () => {
    expect(ids(filterIndex(entries, { status: "RESOLVED" }))).toEqual([["od-1", ["b"]], ["od-2", ["d"]]]);
    expect(ids(filterIndex(entries, { direction: "od-2" }))).toEqual([["od-2", ["d"]]]);
    expect(ids(filterIndex(entries, { tag: "x" }))).toEqual([["od-1", ["a", "c"]]]);
    expect(ids(filterIndex(entries, { section: "§2.2" }))).toEqual([["od-1", ["b"]]]);
    expect(ids(filterIndex(entries, { section: "§5" }))).toEqual([["od-1", []], ["od-2", []]]);
  });
  it("sorts by recent activity, watchers or newest", () => {
    expect(ids(filterIndex(entries, { sort: "activity", direction: "od-1" }))).toEqual([["od-1", ["b", "a", "c"]]]);
    expect(ids(filterIndex(entries, { sort: "watchers", direction: "od-1" }))).toEqual([["od-1", ["c", "a", "b"]]]);
    expect(ids(filterIndex(entries, { sort: "newest", direction: "od-1" }))).toEqual([["od-1", ["c", "a", "b"]]]);
  });
});
