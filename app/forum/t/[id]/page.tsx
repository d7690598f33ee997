// /forum/t/<id> without the slug: the canonical address.
import { notFound, redirect } from "next/navigation";
import { forumId } from "@/lib/forum/schemas";
import { db } from "@/lib/db/client.server";

export default async function ThreadById({ params }: { params: Promise<{ id: string }> }) {
  const id = forumId.safeParse((await params).id);
  const thread = id.success ? await db().thread.findFirst({ where: { id: id.data, hiddenAt: null }, select: { slug: true } }) : null;
  if (!thread) notFound();
  redirect(`/forum/t/${id.data}/${thread.slug}`);
}
