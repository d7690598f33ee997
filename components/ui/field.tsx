// A labelled form field whose errors are announced and tied to the input.
export function Field({
  name,
  label,
  hint,
  errors,
  multiline,
  ...input
}: { name: string; label: string; hint?: string; errors?: string[]; multiline?: boolean } & React.InputHTMLAttributes<HTMLInputElement> &
  React.TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const describedBy = [hint && `${name}-hint`, errors?.length && `${name}-error`].filter(Boolean).join(" ") || undefined;
  const common = {
    id: name,
    name,
    "aria-invalid": errors?.length ? true : undefined,
    "aria-describedby": describedBy,
    className: "rounded-md border border-rule bg-paper px-3 py-2 text-ink aria-invalid:border-danger",
  };
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={name} className="text-sm font-medium text-ink">
        {label}
      </label>
      {multiline ? <textarea rows={4} {...common} {...input} /> : <input {...common} {...input} />}
      {hint && (
        <p id={`${name}-hint`} className="text-xs text-ink-3">
          {hint}
        </p>
      )}
      {errors?.length ? (
        <p id={`${name}-error`} className="text-sm text-danger" role="alert">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
