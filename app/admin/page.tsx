import Link from "next/link";
import { MemberName } from "@/components/users/member-name";
import { PageHeader } from "@/components/ui/page-header";
import { RoleSelect } from "@/components/admin/role-select";
import { requirePermission } from "@/lib/auth/viewer.server";
import { listUsers } from "@/lib/admin/users.server";

export const metadata = { title: "Administration" };

export default async function AdminPage() {
  await requirePermission("admin.open", "/admin");
  const users = await listUsers();
  return (
    <div className="mx-auto max-w-5xl px-4 py-12">
      <PageHeader eyebrow="Administration" title="Members">
        <p>
          {users.length} accounts. Moderators restrict members from their profile pages; administrators also manage roles. See
          also the <Link href="/moderation/log">moderation log</Link>, the <Link href="/admin/outbox">outgoing mail</Link> and the <Link href="/admin/forum">forum categories</Link>.
        </p>
      </PageHeader>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead className="border-b border-rule text-ink-3">
            <tr>
              <th scope="col" className="py-2 pr-4 font-medium">Name</th>
              <th scope="col" className="py-2 pr-4 font-medium">E-mail</th>
              <th scope="col" className="py-2 pr-4 font-medium">Joined</th>
              <th scope="col" className="py-2 font-medium">Role</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} className="border-b border-rule">
                <td className="py-2 pr-4">
                  <MemberName name={u.name} role={u.role} handle={u.handle} />
                </td>
                <td className="py-2 pr-4 text-ink-2">{u.email ?? "—"}</td>
                <td className="py-2 pr-4 text-ink-2">{u.createdAt.toISOString().slice(0, 10)}</td>
                <td className="py-2">
                  <RoleSelect userId={u.id} role={u.role} label={`Role of ${u.name}`} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
