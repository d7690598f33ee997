import { pendingSignInLink } from "@/components/islands/sign-in-link";

/**
 * The header's account corner (behaviour: components/islands/user-menu.ts). Its content belongs to
 * the island, so React is handed it as opaque HTML and never reconciles it.
 */
export function UserMenu() {
  return <lmh-user-menu className="block" dangerouslySetInnerHTML={{ __html: pendingSignInLink }} />;
}
