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
  // Several forms on one page may share field names (a review queue, a thread's posts): ids must not.
  const id = input.id ?? name;
  const describedBy = [hint && `${id}-hint`, errors?.length && `${id}-error`].filter(Boolean).join(" ") || undefined;
  const common = {
    id,
    name,
    "aria-invalid": errors?.length ? true : undefined,
    "aria-describedby": describedBy,
    className: "rounded-md border border-rule bg-paper px-3 py-2 text-ink aria-invalid:border-danger",
  };
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-ink">
        {label}
      </label>
      {multiline ? <textarea rows={4} {...common} {...input} id={id} /> : <input {...common} {...input} id={id} />}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-ink-3">
          {hint}
        </p>
      )}
      {errors?.length ? (
        <p id={`${id}-error`} className="text-sm text-danger" role="alert">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
