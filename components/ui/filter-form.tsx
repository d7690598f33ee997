// The compact GET form that filters a list page (problems, results, search, moderation log):
// labelled selects whose empty choice means "any", and labelled inputs, in one wrapping row.
import type { FormHTMLAttributes, InputHTMLAttributes } from "react";

const control = "rounded-md border border-rule bg-paper px-2 py-1";

export function FilterForm({ className = "mb-6", ...form }: FormHTMLAttributes<HTMLFormElement> & { "aria-label": string }) {
  return <form method="get" {...form} className={`${className} flex flex-wrap items-end gap-3 text-sm`} />;
}

/** A string option is its own value and label. */
type Option = string | { value: string; label: string };

export function FilterSelect({ label, name, value, options, any = "any", className }: { label: string; name: string; value: string | undefined; options: readonly Option[]; any?: string; className?: string }) {
  return (
    <label className="flex flex-col gap-1">
      {label}
      <select name={name} defaultValue={value ?? ""} className={className ? `${control} ${className}` : control}>
        <option value="">{any}</option>
        {options.map((o) => {
          const { value, label } = typeof o === "string" ? { value: o, label: o } : o;
          return (
            <option key={value} value={value}>
              {label}
            </option>
          );
        })}
      </select>
    </label>
  );
}

export function FilterInput({ label, grow, ...input }: { label: string; grow?: boolean } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <label className={`flex flex-col gap-1${grow ? " grow" : ""}`}>
      {label}
      <input {...input} className={control} />
    </label>
  );
}
