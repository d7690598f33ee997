import Link from "next/link";
import { site } from "@/lib/site";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-rule text-sm text-ink-3">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-8 sm:flex-row sm:justify-between">
        <p>
          {site.name} — {site.tagline.toLowerCase()}.
        </p>
        <ul className="flex gap-4">
          <li>
            <Link href="/about" prefetch={false} className="text-ink-3">
              About
            </Link>
          </li>
        </ul>
      </div>
    </footer>
  );
}
