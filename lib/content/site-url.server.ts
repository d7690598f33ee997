import { siteOrigin } from "@/lib/env.server";

export function absoluteUrl(pathname: string): string {
  return new URL(pathname, siteOrigin()).toString();
}
