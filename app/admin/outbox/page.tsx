import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { RequeueButton } from "@/components/admin/requeue-button";
import { requirePermission } from "@/lib/auth/viewer.server";
import { listOutbox } from "@/lib/mail/outbox-admin.server";
import { outboxDir, smtpConfigured } from "@/lib/mail/transport.server";
import { z } from "@/lib/zod";

export const metadata = { title: "Outgoing mail", robots: { index: false } };

const query = z.object({ status: z.enum(["QUEUED", "SENT", "FAILED"]).optional().catch(undefined), before: z.string().max(64).optional().catch(undefined) });

export default async function OutboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission("outbox.read", "/admin/outbox");
  const { status, before } = query.parse(await searchParams);
  const { messages, nextBefore } = await listOutbox({ status, before });
  return (
    <div className="mx-auto max-w-6xl px-4 py-12">
      <PageHeader eyebrow="Administration" title="Outgoing mail">
        <p>
          {smtpConfigured()
            ? "Messages go through the SMTP server set by SMTP_URL. A message that fails is retried with growing delays; one whose attempts ran out stays here as failed."
            : `No SMTP server is configured (SMTP_URL): messages are written as .eml files to ${outboxDir()}, which any mail program opens.`}
        </p>
      </PageHeader>
      <nav aria-label="Filter by status" className="mb-4 flex gap-3 text-sm">
        {[undefined, "QUEUED", "SENT", "FAILED"].map((s) => (
          <Link key={s ?? "all"} href={s ? `/admin/outbox?status=${s}` : "/admin/outbox"} aria-current={s === status ? "page" : undefined}>
            {s ? s.toLowerCase() : "all"}
          </Link>
        ))}
      </nav>
      {messages.length === 0 ? (
        <p className="text-ink-2">No messages.</p>
      ) : (
        <ul className="flex flex-col divide-y divide-rule text-sm">
          {messages.map((m) => (
            <li key={m.id} className="py-3">
              <details>
                <summary className="cursor-pointer">
                  <span className="font-medium">{m.subject}</span> → {m.to} · {m.status.toLowerCase()}
                  {m.attempts > 0 && ` after ${m.attempts} attempt${m.attempts === 1 ? "" : "s"}`} · {m.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC
                </summary>
                {m.lastError && <p className="mt-2 text-danger">Last error: {m.lastError}</p>}
                <pre className="mt-2 whitespace-pre-wrap rounded-md bg-paper-2 p-3 text-xs">{m.text}</pre>
              </details>
              {m.status === "FAILED" && <RequeueButton id={m.id} />}
            </li>
          ))}
        </ul>
      )}
      {nextBefore && (
        <p className="mt-6">
          <Link href={`/admin/outbox?${new URLSearchParams([...(status ? [["status", status]] : []), ["before", nextBefore]])}`}>Older messages</Link>
        </p>
      )}
    </div>
  );
}
