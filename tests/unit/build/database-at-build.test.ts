// A page that reads the database while `next build` prerenders it would serve that moment's data
// to every visitor, and a static document would never show new data: the read fails the build.
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.server";

const phase = process.env.NEXT_PHASE;
afterEach(() => {
  if (phase === undefined) delete process.env.NEXT_PHASE;
  else process.env.NEXT_PHASE = phase;
});

describe("the database during next build", () => {
  it("refuses to be read while pages are prerendered, saying how such a page renders instead", () => {
    process.env.NEXT_PHASE = "phase-production-build";
    expect(() => db()).toThrow(/while `next build` prerendered a page.*`await connection\(\)`.*app\/\(documents\)/);
  });
});
