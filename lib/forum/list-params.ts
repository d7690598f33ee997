// Reading a thread list's query string (sort, period, cursor) without trusting it.
import { PERIODS, type Period, type Sort } from "./lists.server";

export type ListSearch = Record<string, string | string[] | undefined>;

export function listParams(raw: ListSearch): { sort: Sort; period: Period; after: string | null; keep: Record<string, string> } {
  const one = (k: string) => (typeof raw[k] === "string" ? (raw[k] as string) : undefined);
  const sort: Sort = one("sort") === "top" ? "top" : "latest";
  const p = one("period");
  const period: Period = p && p in PERIODS ? (p as Period) : "week";
  return { sort, period, after: one("after") ?? null, keep: sort === "top" ? { sort, period } : {} };
}
