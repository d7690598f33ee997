// Form controls generated from ControlSpecs: sliders for bounded numbers (log-spaced where the
// range spans decades), number and text inputs, selects for enums, checkboxes for booleans.
import { useId, useState } from "react";
import { formatNumber } from "./format";
import { fromPosition, positions, toPosition, type SliderControl } from "./slider-scale";
import type { ControlSpec } from "./types";

const inputClass = "w-full rounded-md border border-rule bg-paper px-2 py-1 text-sm text-ink aria-invalid:border-danger";
const labelClass = "text-sm font-medium text-ink";

function Slider({ c, id, value, onChange }: { c: SliderControl; id: string; value: number; onChange: (v: number) => void }) {
  const text = formatNumber(value);
  return (
    <>
      <div className="flex items-baseline justify-between gap-2">
        <label htmlFor={id} className={labelClass}>
          {c.label}
        </label>
        <output htmlFor={id} className="font-mono text-sm text-ink-2">
          {text}
        </output>
      </div>
      <input
        id={id}
        type="range"
        min={0}
        max={positions(c)}
        step={1}
        value={toPosition(c, value)}
        aria-valuetext={text}
        onChange={(e) => onChange(fromPosition(c, Number(e.target.value)))}
        className="w-full accent-accent"
        data-param={c.key}
      />
      <div className="flex justify-between text-xs text-ink-3" aria-hidden="true">
        <span>{formatNumber(c.min)}</span>
        {c.log && <span>log scale</span>}
        <span>{formatNumber(c.max)}</span>
      </div>
    </>
  );
}

/** A text box whose draft is committed on blur or Enter, then re-synced from the value. */
function DraftInput({
  id,
  value,
  parse,
  commit,
  ...input
}: {
  id: string;
  value: string;
  parse: (text: string) => unknown;
  commit: (v: unknown) => void;
} & Omit<React.InputHTMLAttributes<HTMLInputElement>, "value" | "onChange">) {
  const [draft, setDraft] = useState(value);
  // A new value from outside replaces the draft, adjusted during render (no effect, no extra paint).
  const [synced, setSynced] = useState(value);
  if (value !== synced) {
    setSynced(value);
    setDraft(value);
  }
  const done = () => draft !== value && commit(parse(draft));
  return (
    <input
      id={id}
      value={draft}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={done}
      onKeyDown={(e) => e.key === "Enter" && done()}
      className={inputClass}
      {...input}
    />
  );
}

const toNumber = (text: string): unknown => (text.trim() !== "" && Number.isFinite(Number(text)) ? Number(text) : text);

/** A control with its label above it. */
function Labelled({ id, label, children }: { id: string; label: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      {children}
    </div>
  );
}

export function ControlField({ c, value, onChange }: { c: ControlSpec; value: unknown; onChange: (v: unknown) => void }) {
  const id = useId();
  const hintId = `${id}-hint`;
  switch (c.kind) {
    case "slider":
      return (
        <div className="flex flex-col gap-1">
          <Slider c={c} id={id} value={typeof value === "number" ? value : c.min} onChange={onChange} />
        </div>
      );
    case "number":
      return (
        <Labelled id={id} label={c.label}>
          <DraftInput
            id={id}
            type="number"
            inputMode={c.int ? "numeric" : "decimal"}
            min={c.min}
            max={c.max}
            step={c.multipleOf ?? (c.int ? 1 : "any")}
            value={String(value ?? "")}
            parse={toNumber}
            commit={onChange}
            data-param={c.key}
          />
        </Labelled>
      );
    case "select":
      return (
        <Labelled id={id} label={c.label}>
          <select id={id} value={String(value)} onChange={(e) => onChange(e.target.value)} className={inputClass} data-param={c.key}>
            {c.options.map((o) => (
              <option key={o} value={o}>
                {o}
              </option>
            ))}
          </select>
        </Labelled>
      );
    case "checkbox":
      return (
        <div className="flex items-center gap-2">
          <input id={id} type="checkbox" checked={value === true} onChange={(e) => onChange(e.target.checked)} className="h-4 w-4 accent-accent" data-param={c.key} />
          <label htmlFor={id} className={labelClass}>
            {c.label}
          </label>
        </div>
      );
    case "list":
      return (
        <Labelled id={id} label={c.label}>
          <DraftInput
            id={id}
            type="text"
            value={Array.isArray(value) ? value.join(", ") : String(value ?? "")}
            parse={(text) => text.split(",").filter((s) => s.trim() !== "").map((s) => toNumber(s.trim()))}
            commit={onChange}
            aria-describedby={hintId}
            data-param={c.key}
          />
          <p id={hintId} className="text-xs text-ink-3">
            {c.hint}
          </p>
        </Labelled>
      );
  }
}
