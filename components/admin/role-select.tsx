"use client";
import { useState } from "react";

const roles = ["MEMBER", "MODERATOR", "ADMIN"] as const;

export function RoleSelect({ userId, role, label }: { userId: string; role: string; label: string }) {
  const [value, setValue] = useState(role);
  const [error, setError] = useState<string | null>(null);
  async function change(next: string) {
    const previous = value;
    setValue(next);
    const response = await fetch(`/api/admin/users/${userId}`, { method: "PATCH", headers: { "content-type": "application/json" }, body: JSON.stringify({ role: next }) });
    if (!response.ok) {
      const data = await response.json().catch(() => null);
      setValue(previous);
      setError(data?.fieldErrors?.role?.join(" ") ?? data?.error ?? "Could not change the role.");
    } else setError(null);
  }
  return (
    <span className="flex flex-col">
      <select aria-label={label} value={value} onChange={(e) => change(e.target.value)} className="rounded border border-rule bg-paper px-2 py-1">
        {roles.map((r) => (
          <option key={r} value={r}>
            {r.toLowerCase()}
          </option>
        ))}
      </select>
      {error && (
        <span role="alert" className="text-xs text-danger">
          {error}
        </span>
      )}
    </span>
  );
}
