// Input shapes of the forum's services and routes, with the messages members read.
import { z } from "@/lib/zod";
import { BODY_MAX, TAG_NAME_MAX, TAGS_MAX, TITLE_MAX } from "./limits";

const id = z.string().regex(/^[a-z0-9]{1,40}$/i, "Not an id.");
const body = z
  .string()
  .max(BODY_MAX, `Keep a post under ${BODY_MAX.toLocaleString("en")} characters.`)
  .refine((s) => s.trim().length > 0, "Write something first.");
export const tagName = z
  .string()
  .trim()
  .toLowerCase()
  .regex(new RegExp(`^[a-z0-9](?:[a-z0-9-]{0,${TAG_NAME_MAX - 2}}[a-z0-9])?$`), `A tag is lower-case letters, digits and hyphens, at most ${TAG_NAME_MAX} characters.`);
/** "learn/<slug>", "perspectives/<slug>", "problems/<id>", "results/<id>": a page that has a discussion. */
export const pageKey = z.string().regex(/^(perspectives|learn|problems|results)\/[a-z0-9][a-z0-9-]{0,100}$/, "Not a page of this site.");

export const threadInput = z.object({
  title: z
    .string()
    .trim()
    .min(1, "Give the thread a title.")
    .max(TITLE_MAX, `Keep the title under ${TITLE_MAX} characters.`),
  category: z.string().min(1, "Choose a category.").max(60),
  kind: z.enum(["discussion", "question"]).default("discussion"),
  tags: z.array(tagName).max(TAGS_MAX, `At most ${TAGS_MAX} tags.`).default([]),
  /** Tags to create (members in good standing); they count towards the same limit. */
  newTags: z.array(tagName).max(TAGS_MAX, `At most ${TAGS_MAX} tags.`).default([]),
  source: body,
});
export type ThreadInput = z.output<typeof threadInput>;

export const replyInput = z.object({ source: body, replyTo: z.number().int().min(1).max(10_000_000).optional() });
export type ReplyInput = z.output<typeof replyInput>;

export const pageCommentInput = z.object({ page: pageKey, source: body, replyTo: z.number().int().min(1).max(10_000_000).optional() });

export const editInput = z.object({ source: body, baseRevision: z.number().int().min(1) });
export type EditInput = z.output<typeof editInput>;

export const reactionInput = z.object({ kind: z.enum(["LIKE", "INSIGHTFUL", "DOUBT"]) });
export const acceptInput = z.object({ postNumber: z.number().int().min(2).nullable() });
export const readInput = z.object({ lastReadNumber: z.number().int().min(1).max(10_000_000) });

export const draftKey = z.string().regex(/^(new-thread|thread:[a-z0-9]{1,40}|edit:[a-z0-9]{1,40}|page:(perspectives|learn)\/[a-z0-9-]{1,100})$/, "Not a draft key.");
export const draftInput = z.object({
  key: draftKey,
  title: z.string().max(TITLE_MAX).optional(),
  body: z.string().max(BODY_MAX, `Keep a post under ${BODY_MAX.toLocaleString("en")} characters.`),
});

export const previewInput = z.object({ source: z.string().max(BODY_MAX, `Keep a post under ${BODY_MAX.toLocaleString("en")} characters.`) });

export const idParams = z.object({ id });
export { id as forumId };
