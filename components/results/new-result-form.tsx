"use client";
// The submission form: title, description, seeds, claims over the experiment's observables and
// linked problems, with the compute estimate (the server's cost() per seed times the seeds) and a
// refusal over the cap before anything is sent. The server checks everything again.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";

type ClaimKind = "agrees-with-theory" | "within" | "equals" | "less-than" | "greater-than" | "differs-from-theory";
interface ClaimRow {
  kind: ClaimKind;
  observable: string;
  a: string;
  b: string;
}

export interface NewResultFormProps {
  experiment: string;
  params: Record<string, unknown>;
  seeds: number[];
  observables: { key: string; label: string; role: string }[];
  claimKinds: { kind: ClaimKind; label: string }[];
  problems: { id: string; title: string }[];
  flopsPerSeed: number;
  maxFlops: number;
  maxSeeds: number;
}

/** Which numbers a claim kind takes, named as the API names them. */
const numbers: Record<ClaimKind, [string, string][]> = {
  "agrees-with-theory": [],
  within: [["min", "a (lowest)"], ["max", "b (highest)"]],
  equals: [["value", "v"], ["delta", "± d"]],
  "less-than": [["value", "v"]],
  "greater-than": [["value", "v"]],
  "differs-from-theory": [["by", "d"]],
};

const inputClass = "rounded-md border border-rule bg-paper px-2 py-1";

function parseSeeds(text: string): number[] | null {
  const seeds = text.split(",").map((s) => Number(s.trim()));
  return text.trim() && seeds.every((s) => Number.isInteger(s) && s >= 0 && s <= 0xffffffff) ? seeds : null;
}

export function NewResultForm(props: NewResultFormProps) {
  const router = useRouter();
  const [title, setTitle] = useState("");
  const [description, setDescription] = useState("");
  const [seedText, setSeedText] = useState(props.seeds.join(","));
  const [claims, setClaims] = useState<ClaimRow[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const seeds = parseSeeds(seedText);
  const flops = seeds ? seeds.length * props.flopsPerSeed : NaN;
  const overCap = !seeds || seeds.length > props.maxSeeds || flops > props.maxFlops;
  const firstPrediction = props.observables.find((o) => o.role === "prediction")?.key ?? props.observables[0]?.key ?? "";
  const update = (i: number, patch: Partial<ClaimRow>) => setClaims((cs) => cs.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  const fieldError = (key: string) => errors[key]?.join(" ");

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (overCap || claims.length === 0) return;
    setPending(true);
    setMessage(null);
    const body = {
      title,
      description,
      spec: {
        experiment: props.experiment,
        params: props.params,
        seeds,
        claims: claims.map((c) => ({ kind: c.kind, observable: c.observable, ...Object.fromEntries(numbers[c.kind].map(([name], k) => [name, Number(k === 0 ? c.a : c.b)])) })),
      },
      problems,
    };
    try {
      const response = await fetch("/api/results", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      const data = await response.json().catch(() => null);
      if (response.status === 202 && data?.id) {
        router.push(`/results/${data.id}`);
        return;
      }
      setErrors(data?.fieldErrors ?? {});
      setMessage(data?.error ?? `The server answered ${response.status}.`);
    } catch {
      setMessage("Could not reach the server. Check your connection and try again.");
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-5" aria-label="Submit a result">
      <label className="flex flex-col gap-1 text-sm font-medium">
        Title
        <input value={title} onChange={(e) => setTitle(e.target.value)} required minLength={3} maxLength={200} className={inputClass} aria-invalid={!!fieldError("title")} />
        {fieldError("title") && <span className="text-danger">{fieldError("title")}</span>}
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium">
        Description (Markdown, with $math$)
        <textarea value={description} onChange={(e) => setDescription(e.target.value)} rows={5} maxLength={65536} className={inputClass} />
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium">
        Seeds (comma-separated, 1 to {props.maxSeeds})
        <input value={seedText} onChange={(e) => setSeedText(e.target.value)} className={`${inputClass} font-mono`} aria-describedby="estimate" />
      </label>
      <p id="estimate" className={`text-sm ${overCap ? "text-danger" : "text-ink-2"}`} data-testid="estimate">
        {!seeds
          ? "Seeds must be non-negative integers separated by commas."
          : seeds.length > props.maxSeeds
            ? `At most ${props.maxSeeds} seeds.`
            : `Estimated work: ${flops.toExponential(2)} FLOPs (${seeds.length} × ${props.flopsPerSeed.toExponential(2)}); the cap is ${props.maxFlops.toExponential(0)}.${flops > props.maxFlops ? " Over the cap: use fewer seeds or smaller parameters." : ""}`}
      </p>

      <fieldset className="flex flex-col gap-3">
        <legend className="mb-1 text-sm font-medium">Claims</legend>
        {claims.length === 0 && <p className="text-sm text-ink-3">Add at least one claim about an observable.</p>}
        {claims.map((c, i) => (
          <div key={i} className="flex flex-wrap items-end gap-2 text-sm" data-testid="claim-row">
            <label className="flex flex-col gap-1">
              Observable
              <select value={c.observable} onChange={(e) => update(i, { observable: e.target.value })} className={inputClass}>
                {props.observables.map((o) => (
                  <option key={o.key} value={o.key}>
                    {o.label} ({o.role})
                  </option>
                ))}
              </select>
            </label>
            <label className="flex flex-col gap-1">
              Claim
              <select value={c.kind} onChange={(e) => update(i, { kind: e.target.value as ClaimKind })} className={inputClass}>
                {props.claimKinds.map((k) => (
                  <option key={k.kind} value={k.kind}>
                    {k.label}
                  </option>
                ))}
              </select>
            </label>
            {numbers[c.kind].map(([name, label], k) => (
              <label key={name} className="flex flex-col gap-1">
                {label}
                <input type="number" step="any" value={k === 0 ? c.a : c.b} onChange={(e) => update(i, k === 0 ? { a: e.target.value } : { b: e.target.value })} className={`${inputClass} w-28 font-mono`} />
              </label>
            ))}
            <Button type="button" variant="secondary" onClick={() => setClaims((cs) => cs.filter((_, j) => j !== i))}>
              Remove
            </Button>
            {Object.entries(errors)
              .filter(([k]) => k.startsWith(`spec.claims.${i}.`))
              .map(([k, v]) => (
                <p key={k} className="w-full text-danger">
                  {v.join(" ")}
                </p>
              ))}
          </div>
        ))}
        <div>
          <Button type="button" variant="secondary" onClick={() => setClaims((cs) => [...cs, { kind: "agrees-with-theory", observable: firstPrediction, a: "", b: "" }])}>
            Add a claim
          </Button>
        </div>
      </fieldset>

      {props.problems.length > 0 && (
        <label className="flex flex-col gap-1 text-sm font-medium">
          Open problems it bears on (optional)
          <select multiple value={problems} onChange={(e) => setProblems([...e.target.selectedOptions].map((o) => o.value).slice(0, 5))} className={`${inputClass} h-28`}>
            {props.problems.map((p) => (
              <option key={p.id} value={p.id}>
                {p.id}: {p.title}
              </option>
            ))}
          </select>
        </label>
      )}

      {message && (
        <div role="alert" className="text-sm text-danger">
          <p>{message}</p>
          <ul className="list-disc pl-5">
            {Object.entries(errors)
              .filter(([k]) => !k.startsWith("spec.claims.") && k !== "title")
              .map(([k, v]) => (
                <li key={k}>
                  <span className="font-mono">{k}</span>: {v.join(" ")}
                </li>
              ))}
          </ul>
        </div>
      )}
      <div>
        <Button type="submit" disabled={pending || overCap || claims.length === 0}>
          {pending ? "Submitting…" : "Submit for checking"}
        </Button>
      </div>
    </form>
  );
}
