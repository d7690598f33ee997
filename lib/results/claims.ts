// Claims over an experiment's observables and their verdicts. Pure: the check computes each
// observable's per-seed values and its judgement against theory (lib/experiments/verdict), and
// this module decides, claim by claim, reproduced / not reproduced / inconclusive, with numbers.
import { z } from "@/lib/zod";
import { describeTolerance, formatValue, overallVerdict, type ObservableResult, type Verdict } from "@/lib/experiments/verdict";

const observable = z.string().min(1).max(100);
const finite = z.number().refine(Number.isFinite, "must be a finite number");

export const claimSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("agrees-with-theory"), observable }),
  z
    .strictObject({ kind: z.literal("within"), observable, min: finite, max: finite })
    .refine((c) => c.min <= c.max, { message: "min must not exceed max", path: ["max"] }),
  z.strictObject({ kind: z.literal("equals"), observable, value: finite, delta: finite.pipe(z.number().min(0)) }),
  z.strictObject({ kind: z.literal("less-than"), observable, value: finite }),
  z.strictObject({ kind: z.literal("greater-than"), observable, value: finite }),
  z.strictObject({ kind: z.literal("differs-from-theory"), observable, by: finite.pipe(z.number().min(0)) }),
]);
export type Claim = z.infer<typeof claimSchema>;
export type ClaimKind = Claim["kind"];

export const CLAIM_KINDS: { kind: ClaimKind; label: string }[] = [
  { kind: "agrees-with-theory", label: "agrees with theory" },
  { kind: "within", label: "is within [a, b]" },
  { kind: "equals", label: "equals v ± d" },
  { kind: "less-than", label: "is less than v" },
  { kind: "greater-than", label: "is greater than v" },
  { kind: "differs-from-theory", label: "differs from theory by more than d" },
];

export interface ClaimVerdict {
  claim: Claim;
  /** The claim in words, e.g. "sharpnessRatio is within [0.9, 1.2]". */
  statement: string;
  verdict: Verdict;
  measured: number;
  predicted: number;
  perSeed: number[];
  /** What the verdict rests on, in words with numbers. */
  reason: string;
}

export function describeClaim(c: Claim, label = c.observable): string {
  switch (c.kind) {
    case "agrees-with-theory":
      return `${label} agrees with theory`;
    case "within":
      return `${label} is within [${formatValue(c.min)}, ${formatValue(c.max)}]`;
    case "equals":
      return `${label} equals ${formatValue(c.value)} ± ${formatValue(c.delta)}`;
    case "less-than":
      return `${label} < ${formatValue(c.value)}`;
    case "greater-than":
      return `${label} > ${formatValue(c.value)}`;
    case "differs-from-theory":
      return `${label} differs from theory by more than ${formatValue(c.by)}`;
  }
}

/**
 * The verdict of one claim. The observable's own judgement comes first: if it is inconclusive
 * (not measurable on every seed, or a precondition it depends on is not met) so is the claim,
 * with that reason, whatever the claim asserts.
 */
export function judgeClaim(claim: Claim, observables: ObservableResult[]): ClaimVerdict {
  const o = observables.find((x) => x.key === claim.observable);
  const base = { claim, statement: describeClaim(claim) };
  if (!o) return { ...base, verdict: "inconclusive", measured: NaN, predicted: NaN, perSeed: [], reason: "the check did not measure this observable" };
  const numbers = { measured: o.measured, predicted: o.predicted, perSeed: o.perSeed };
  if (o.verdict === "inconclusive") return { ...base, ...numbers, verdict: "inconclusive", reason: o.reason ?? "not measurable" };
  const m = formatValue(o.measured);
  const decide = (holds: boolean, why: string): ClaimVerdict => ({ ...base, ...numbers, verdict: holds ? "reproduced" : "not-reproduced", reason: why });
  switch (claim.kind) {
    case "agrees-with-theory": {
      const agrees = o.verdict === "reproduced" || o.verdict === "met";
      return decide(agrees, `measured ${m}; theory needs ${describeTolerance(o.tolerance, o.predicted)}`);
    }
    case "within":
      return decide(claim.min <= o.measured && o.measured <= claim.max, `measured ${m}`);
    case "equals":
      return decide(Math.abs(o.measured - claim.value) <= claim.delta, `measured ${m}, off by ${formatValue(Math.abs(o.measured - claim.value))}`);
    case "less-than":
      return decide(o.measured < claim.value, `measured ${m}`);
    case "greater-than":
      return decide(o.measured > claim.value, `measured ${m}`);
    case "differs-from-theory": {
      if (!Number.isFinite(o.predicted)) {
        return { ...base, ...numbers, verdict: "inconclusive", reason: "the theory gives no single value for this observable (only a range)" };
      }
      const gap = Math.abs(o.measured - o.predicted);
      return decide(gap > claim.by, `measured ${m}, theory ${formatValue(o.predicted)}: differs by ${formatValue(gap)}`);
    }
  }
}

export interface ClaimsOutcome {
  claims: ClaimVerdict[];
  verdict: Verdict;
}

/** Every claim's verdict and the overall one: any claim not reproduced, and the result is not. */
export function judgeClaims(claims: Claim[], observables: ObservableResult[]): ClaimsOutcome {
  const verdicts = claims.map((c) => judgeClaim(c, observables));
  return { claims: verdicts, verdict: overallVerdict(verdicts.map((v) => v.verdict)) };
}
