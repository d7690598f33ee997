// The forum part of a member's profile page.
import Link from "next/link";
import type { memberActivity } from "@/lib/forum/member-activity.server";
import { FormattedTime } from "./time";

type Activity = Awaited<ReturnType<typeof memberActivity>>;

export function MemberActivity({ activity, handle }: { activity: Activity; handle: string }) {
  const r = activity.reactionsReceived;
  return (
    <section aria-labelledby="forum-h" className="mt-10 border-t border-rule pt-6">
      <h2 id="forum-h" className="mb-2 text-lg font-semibold">
        In the forum
      </h2>
      <p className="mb-4 text-sm text-ink-2">
        Reactions received: {r.LIKE ?? 0} likes, {r.INSIGHTFUL ?? 0} insightful, {r.DOUBT ?? 0} doubts.
      </p>
      <h3 className="mb-2 font-medium">Threads started</h3>
      {activity.threads.length ? (
        <ul className="mb-6 list-disc pl-5 text-sm">
          {activity.threads.map((t) => (
            <li key={t.id}>
              <Link href={`/forum/t/${t.id}/${t.slug}`}>{t.title}</Link> <span className="text-ink-3">({t.postCount - 1} replies)</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mb-6 text-sm text-ink-3">None yet.</p>
      )}
      <h3 className="mb-2 font-medium">Posts</h3>
      {activity.posts.length ? (
        <ol className="flex flex-col gap-3 text-sm">
          {activity.posts.map((p) => (
            <li key={p.id}>
              <Link href={`/forum/t/${p.thread.id}/${p.thread.slug}#p${p.number}`}>{p.thread.title}</Link> · <FormattedTime date={p.createdAt} />
              <p className="text-ink-2">{p.excerpt}</p>
            </li>
          ))}
        </ol>
      ) : (
        <p className="text-sm text-ink-3">None yet.</p>
      )}
      {activity.nextPosts && (
        <p className="mt-3 text-sm">
          <Link href={`/users/${handle}?posts=${activity.nextPosts}#forum-h`} rel="next">
            Older posts
          </Link>
        </p>
      )}
    </section>
  );
}
