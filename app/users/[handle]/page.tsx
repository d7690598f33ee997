import Link from "next/link";
import { notFound } from "next/navigation";
import { Avatar } from "@/components/users/avatar";
import { MemberName } from "@/components/users/member-name";
import { getProfileByHandle } from "@/lib/users/profile.server";
import { getViewer } from "@/lib/auth/viewer.server";
import { handleSchema } from "@/lib/validation/user";
import { can } from "@/lib/policy";
import { restrictionsOf } from "@/lib/moderation/restrictions.server";
import { RestrictionPanel } from "@/components/moderation/restriction-panel";
import { MemberActivity } from "@/components/forum/member-activity";
import { memberActivity } from "@/lib/forum/member-activity.server";

type Props = { params: Promise<{ handle: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Null for anything that cannot be a handle (including NUL and other bytes PostgreSQL refuses). */
async function profileFor(params: Props["params"]) {
  const handle = handleSchema.safeParse((await params).handle);
  return handle.success ? getProfileByHandle(handle.data) : null;
}

export async function generateMetadata({ params }: Props) {
  const profile = await profileFor(params);
  return { title: profile?.name ?? "Member not found" };
}

const roleLabel = { MEMBER: "Member", MODERATOR: "Moderator", ADMIN: "Administrator" } as const;

export default async function ProfilePage({ params, searchParams }: Props) {
  const profile = await profileFor(params);
  if (!profile) notFound();
  const postsAfter = (await searchParams).posts;
  const activity = await memberActivity(profile.id, typeof postsAfter === "string" ? postsAfter : null);
  const viewer = await getViewer();
  const moderates = can(viewer, "member.restrict", profile);
  const restrictions = moderates ? await restrictionsOf(profile.id) : null;
  const shown = (r: { until: Date; reason: string | null } | null | undefined) => (r ? { until: r.until.toISOString().slice(0, 16).replace("T", " "), reason: r.reason } : null);
  return (
    <div className="measure py-12">
      <div className="flex items-start gap-5">
        <Avatar seed={profile.id} size={80} label={`Avatar of ${profile.name}`} />
        <div>
          <h1 className="font-serif text-3xl font-semibold">
            <MemberName name={profile.name} role={profile.role} />
          </h1>
          {profile.affiliation && <p className="text-ink-2">{profile.affiliation}</p>}
          <p className="mt-1 text-sm text-ink-3">
            {roleLabel[profile.role]} since {profile.createdAt.toLocaleDateString("en-GB", { year: "numeric", month: "long" })}
          </p>
        </div>
      </div>
      <dl className="mt-8 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-sm">
        <dt className="text-ink-3">ORCID iD</dt>
        <dd>
          {profile.orcid ? (
            <>
              <a href={`https://orcid.org/${profile.orcid}`}>{profile.orcid}</a> <span className="text-ink-3">(verified through ORCID sign-in)</span>
            </>
          ) : (
            <span className="text-ink-3">not linked</span>
          )}
        </dd>
      </dl>
      {profile.bio && <p className="prose-lmh mt-6 whitespace-pre-line">{profile.bio}</p>}
      <MemberActivity activity={activity} handle={profile.handle} />
      {moderates && restrictions && (
        <section aria-labelledby="moderation-h" className="mt-10 border-t border-rule pt-6">
          <h2 id="moderation-h" className="mb-4 text-lg font-semibold">
            Moderation
          </h2>
          <RestrictionPanel userId={profile.id} suspended={shown(restrictions.suspended)} silenced={shown(restrictions.silenced)} />
          <p className="mt-4 text-sm">
            <a href={`/moderation/log?targetType=user&targetId=${profile.id}`}>This member in the moderation log</a>
          </p>
        </section>
      )}
      {viewer?.id === profile.id && (
        <p className="mt-8 text-sm">
          <Link href="/account">Edit your profile</Link>
        </p>
      )}
    </div>
  );
}
