import { describe, expect, it } from "vitest";
import { readSubmissionDraft, rerunCommand } from "@/lib/results/submission-draft";

describe("result submission drafts from demo links", () => {
  it("validates the experiment, the parameters and the seeds", () => {
    const ok = readSubmissionDraft({ experiment: "deep-linear-modes@1", params: JSON.stringify({ learningRate: 0.004 }), seeds: "7,1,2" });
    expect(ok.ok).toBe(true);
    if (!ok.ok) return;
    expect(ok.params.learningRate).toBe(0.004);
    expect(ok.seeds).toEqual([7, 1, 2]);
    expect(rerunCommand(ok)).toBe("npm run experiment -- deep-linear-modes --param 'learningRate=0.004' --seeds 7,1,2");
  });

  it("names every bad field", () => {
    expect(readSubmissionDraft({ experiment: "nope" })).toEqual({ ok: false, errors: [{ field: "experiment", message: 'No experiment named "nope".' }] });
    const bad = readSubmissionDraft({ experiment: "deep-linear-modes", params: JSON.stringify({ learningRate: 5 }), seeds: "1,-2" });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.errors.map((e) => e.field)).toEqual(["params.learningRate", "seeds"]);
    expect(bad.errors[0]!.message).toContain("between 0.0005 and 0.02");
    expect(readSubmissionDraft({ experiment: "deep-linear-modes", params: "{not json" })).toMatchObject({ ok: false, errors: [{ field: "params" }] });
  });
});
