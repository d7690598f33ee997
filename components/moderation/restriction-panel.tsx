"use client";
import { useRouter } from "next/navigation";
import { FormField, JsonForm } from "@/components/forms/json-form";

interface Current {
  until: string;
  reason: string | null;
}

/** Staff's controls on a member's profile: suspend or silence for a number of days, or lift either. */
export function RestrictionPanel({ userId, suspended, silenced }: { userId: string; suspended: Current | null; silenced: Current | null }) {
  const router = useRouter();
  const action = `/api/moderation/members/${userId}/restriction`;
  const lift = (kind: "suspend" | "silence", label: string) => (
    <JsonForm action={action} method="DELETE" submitLabel={label} variant="danger" onSuccess={() => router.refresh()}>
      <input type="hidden" name="kind" value={kind} />
    </JsonForm>
  );
  return (
    <div className="flex flex-col gap-6 text-sm">
      {suspended && (
        <div>
          <p className="mb-2">
            Suspended until {suspended.until} UTC{suspended.reason && `: ${suspended.reason}`}
          </p>
          {lift("suspend", "Lift the suspension")}
        </div>
      )}
      {silenced && (
        <div>
          <p className="mb-2">
            Silenced until {silenced.until} UTC{silenced.reason && `: ${silenced.reason}`}
          </p>
          {lift("silence", "Lift the silence")}
        </div>
      )}
      <JsonForm action={action} method="PUT" submitLabel="Apply" onSuccess={() => router.refresh()}>
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-1 font-medium">Restrict this member</legend>
          <label className="flex items-center gap-2">
            <input type="radio" name="kind" value="silence" defaultChecked /> Silence: may read, may not post
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="kind" value="suspend" /> Suspend: signed out now, may not sign in
          </label>
        </fieldset>
        <FormField name="days" label="For how many days" type="number" min={1} max={3650} defaultValue="7" required />
        <FormField name="reason" label="Reason (the member is told, and the log keeps it)" multiline required maxLength={500} />
      </JsonForm>
    </div>
  );
}
