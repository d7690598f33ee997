import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { FilterForm, FilterInput, FilterSelect } from "@/components/ui/filter-form";
import { requirePermission } from "@/lib/auth/viewer.server";
import { auditActions, listAudit } from "@/lib/moderation/audit.server";
import { auditQuerySchema } from "@/lib/moderation/audit-query";
import { db } from "@/lib/db/client.server";

export const metadata = { title: "Moderation log", robots: { index: false } };

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function ModerationLogPage({ searchParams }: { searchParams: Search }) {
  await requirePermission("audit.read", "/moderation/log");
  const raw = await searchParams;
  const parsed = auditQuerySchema.safeParse(raw);
  const query = parsed.success ? parsed.data : {};
  const actor = query.actor ? await db().user.findUnique({ where: { handle: query.actor }, select: { id: true } }) : null;
  const { entries, nextBefore } = await listAudit({ ...query, actorId: query.actor ? (actor?.id ?? "nobody") : undefined });
  const actions = await auditActions();
  const keep = new URLSearchParams(Object.entries(raw).flatMap(([k, v]) => (typeof v === "string" && v && k !== "before" ? [[k, v]] : [])));
  return (
    <div className="mx-auto max-w-6xl px-4 py-12">
      <PageHeader eyebrow="Moderation" title="Moderation log">
        <p>Every action of moderators and administrators, newest first. Entries are never changed or removed.</p>
      </PageHeader>
      <FilterForm aria-label="Filter the log">
        <FilterSelect label="Action" name="action" value={query.action} options={actions} />
        <FilterInput label="By (handle)" name="actor" defaultValue={query.actor ?? ""} />
        <FilterSelect label="On (kind)" name="targetType" value={query.targetType} options={["user", "post", "thread", "email", "problem", "result"]} />
        <FilterInput label="From" type="date" name="from" defaultValue={raw.from as string | undefined} />
        <FilterInput label="Until" type="date" name="to" defaultValue={raw.to as string | undefined} />
        <button type="submit" className="rounded-md px-3 py-1.5 ring-1 ring-rule hover:bg-paper-2">
          Filter
        </button>
      </FilterForm>
      {!parsed.success && <p role="alert" className="mb-4 text-danger">Some filters were not understood and were ignored.</p>}
      {entries.length === 0 ? (
        <p className="text-ink-2">No entries match.</p>
      ) : (
        <div className="overflow-x-auto" role="region" aria-label="Log entries" tabIndex={0}>
          <table className="w-full text-left text-sm">
            <thead className="border-b border-rule text-ink-3">
              <tr>
                <th scope="col" className="py-2 pr-4 font-medium">When (UTC)</th>
                <th scope="col" className="py-2 pr-4 font-medium">Who</th>
                <th scope="col" className="py-2 pr-4 font-medium">Action</th>
                <th scope="col" className="py-2 pr-4 font-medium">On</th>
                <th scope="col" className="py-2 font-medium">Why, and details</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={String(e.id)} className="border-b border-rule align-top">
                  <td className="py-2 pr-4 whitespace-nowrap">{e.createdAt.toISOString().slice(0, 16).replace("T", " ")}</td>
                  <td className="py-2 pr-4">{e.actorName}</td>
                  <td className="py-2 pr-4 font-mono text-xs">{e.action}</td>
                  <td className="py-2 pr-4">
                    {e.targetType}: {e.targetLabel}
                  </td>
                  <td className="py-2">
                    {e.reason && <p>{e.reason}</p>}
                    {e.data !== null && <p className="font-mono text-xs text-ink-3">{JSON.stringify(e.data)}</p>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {nextBefore !== null && (
        <p className="mt-6">
          <Link href={`/moderation/log?${new URLSearchParams([...keep, ["before", String(nextBefore)]])}`}>Older entries</Link>
        </p>
      )}
    </div>
  );
}
