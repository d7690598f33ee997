"use client";
// Submits a form's fields as JSON to a route handler and shows the field errors it returns
// next to their inputs. What happens on success is the caller's.
import { createContext, useContext, useId, useState } from "react";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

type Errors = Record<string, string[]>;
const ErrorsContext = createContext<Errors>({});

/** Field errors of the last answer, for messages about fields that are not one input (a list, a group). */
export function useFormErrors(): Errors {
  return useContext(ErrorsContext);
}

export function FormField(props: React.ComponentProps<typeof Field>) {
  const errors = useContext(ErrorsContext)[props.name];
  const unique = useId();
  return <Field {...props} id={props.id ?? `${props.name}-${unique.replace(/:/g, "")}`} errors={errors} />;
}

export function JsonForm({
  action,
  method = "POST",
  submitLabel,
  variant = "primary",
  onSuccess,
  toBody = (values) => values,
  children,
}: {
  action: string;
  method?: "POST" | "PUT" | "PATCH" | "DELETE";
  submitLabel: string;
  variant?: "primary" | "danger";
  onSuccess: (response: unknown, values: Record<string, string>) => Promise<void> | void;
  /** Shapes the form's string values into the JSON body (lists, booleans); the values as they are by default. */
  toBody?: (values: Record<string, string>) => unknown;
  children: React.ReactNode;
}) {
  const [errors, setErrors] = useState<Errors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setMessage(null);
    const values = Object.fromEntries([...new FormData(event.currentTarget)].map(([k, v]) => [k, String(v)]));
    try {
      const response = await fetch(action, { method, headers: { "content-type": "application/json" }, body: JSON.stringify(toBody(values)) });
      const data = response.status === 204 ? null : await response.json().catch(() => null);
      if (!response.ok) {
        setErrors(data?.fieldErrors ?? {});
        setMessage(data?.fieldErrors?.form?.join(" ") ?? data?.error ?? `The server answered ${response.status}.`);
        return;
      }
      setErrors({});
      await onSuccess(data, values);
    } catch {
      setMessage("Could not reach the server. Check your connection and try again.");
    } finally {
      setPending(false);
    }
  }

  return (
    <ErrorsContext.Provider value={errors}>
      <form onSubmit={submit} noValidate className="flex flex-col gap-4">
        {children}
        {message && (
          <p role="alert" className="text-sm text-danger">
            {message}
          </p>
        )}
        <div>
          <Button type="submit" variant={variant} disabled={pending}>
            {pending ? "Working…" : submitLabel}
          </Button>
        </div>
      </form>
    </ErrorsContext.Provider>
  );
}
