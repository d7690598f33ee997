import { describe, expect, it } from "vitest";
import { checkTransition, problemStatuses, transitions, type EvidenceKind, type ProblemStatus } from "@/lib/problems/status";

const paper = [{ kind: "paper" as EvidenceKind }];
const post = [{ kind: "post" as EvidenceKind }];
const result = [{ kind: "result" as EvidenceKind }];

// The whole table, written out: a change to the rules must change this test.
const allowed: Record<ProblemStatus, ProblemStatus[]> = {
  OPEN: ["PARTIAL_PROGRESS", "PARTIALLY_RESOLVED", "RESOLVED", "NEEDS_RESTATEMENT"],
  PARTIAL_PROGRESS: ["OPEN", "PARTIALLY_RESOLVED", "RESOLVED", "NEEDS_RESTATEMENT"],
  PARTIALLY_RESOLVED: ["OPEN", "PARTIAL_PROGRESS", "RESOLVED", "NEEDS_RESTATEMENT"],
  RESOLVED: ["OPEN", "PARTIALLY_RESOLVED", "NEEDS_RESTATEMENT"],
  NEEDS_RESTATEMENT: ["OPEN"],
};

describe("problem status state machine", () => {
  for (const from of problemStatuses) {
    for (const to of problemStatuses) {
      const ok = allowed[from].includes(to);
      it(`${from} → ${to} is ${ok ? "allowed" : "refused"}`, () => {
        expect(transitions[from].includes(to)).toBe(ok);
        const outcome = checkTransition(from, to, paper);
        if (ok) expect(outcome).toBeNull();
        else expect(outcome).toMatchObject({ field: "to" });
      });
    }
  }

  it("every change needs at least one piece of evidence", () => {
    for (const from of problemStatuses) for (const to of allowed[from]) expect(checkTransition(from, to, [])).toMatchObject({ field: "evidence" });
  });

  it("(partial) resolution needs a paper or a verified result, not only forum posts", () => {
    expect(checkTransition("OPEN", "RESOLVED", post)).toMatchObject({ field: "evidence", message: expect.stringMatching(/paper or a verified result/) });
    expect(checkTransition("OPEN", "PARTIALLY_RESOLVED", post)).toMatchObject({ field: "evidence" });
    expect(checkTransition("OPEN", "RESOLVED", result)).toBeNull();
    expect(checkTransition("OPEN", "RESOLVED", [...post, ...paper])).toBeNull();
    expect(checkTransition("OPEN", "PARTIAL_PROGRESS", post)).toBeNull();
    expect(checkTransition("RESOLVED", "OPEN", post)).toBeNull();
  });
});
