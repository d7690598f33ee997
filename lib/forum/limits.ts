// Forum limits as plain numbers, so the composer (a client component) can show them without zod.
import { MAX_SOURCE_CHARS } from "@/lib/markdown/limits";

export const TITLE_MAX = 300;
/** A post's source: the renderer's own cap (64 KiB of UTF-16 units). */
export const BODY_MAX = MAX_SOURCE_CHARS;
export const TAGS_MAX = 5;
export const TAG_NAME_MAX = 32;
/** Threads per page of a list; posts per page of a thread. */
export const THREADS_PER_PAGE = 30;
export const POSTS_PER_PAGE = 20;
