import { pendingSignInLink } from "@/components/islands/sign-in-link";

/**
 * The header's account corner (behaviour: components/islands/user-menu.ts). Its content belongs to
 * the island, so React is handed it as opaque HTML and never reconciles it. (In development React
 * compares that HTML once while hydrating a React page, and warns if the session answered first.)
 */
export function UserMenu() {
  return <lmh-user-menu className="block" dangerouslySetInnerHTML={{ __html: pendingSignInLink }} />;
}
