"use client";
import { useRouter } from "next/navigation";
import { announceSessionChange } from "@/components/islands/session-events";
import { useState } from "react";
import { FormField, JsonForm } from "@/components/forms/json-form";

interface Profile {
  name: string;
  affiliation: string | null;
  bio: string | null;
}

export function ProfileForm({ profile }: { profile: Profile }) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  return (
    <JsonForm
      action="/api/account"
      method="PATCH"
      submitLabel="Save profile"
      onSuccess={() => {
        setSaved(true);
        announceSessionChange();
        router.refresh();
      }}
    >
      <FormField name="name" label="Display name" defaultValue={profile.name} required maxLength={80} />
      <FormField name="affiliation" label="Affiliation" defaultValue={profile.affiliation ?? ""} maxLength={120} hint="University, institute or company (optional)." />
      <FormField name="bio" label="Short bio" multiline defaultValue={profile.bio ?? ""} maxLength={600} hint="Up to 600 characters." />
      {saved && (
        <p role="status" className="text-sm text-ok">
          Profile saved.
        </p>
      )}
    </JsonForm>
  );
}
