import Link from "next/link";
import { sections, site } from "@/lib/site";
import { ThemeToggle } from "./theme-toggle";
import { UserMenu } from "./user-menu";

export function SiteHeader() {
  return (
    <header className="border-b border-rule bg-paper">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:bg-paper focus:p-2">
        Skip to content
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-3 gap-y-1 px-4 py-3 sm:gap-x-6">
        <Link href="/" prefetch={false} className="font-serif text-base font-semibold tracking-tight text-ink no-underline sm:text-lg">
          {site.name}
        </Link>
        <nav aria-label="Sections" className="order-3 w-full overflow-x-auto sm:order-none sm:w-auto">
          <ul className="flex justify-between gap-2 whitespace-nowrap text-xs sm:justify-start sm:gap-4 sm:text-sm">
            {sections.map((s) => (
              <li key={s.href}>
                <Link href={s.href} prefetch={false} className="inline-block py-1 text-ink-2 no-underline hover:text-accent">
                  {s.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="ml-auto flex items-center gap-2">
          <form method="get" action="/search" role="search" className="shrink">
            <label htmlFor="site-search" className="sr-only">
              Search the forum
            </label>
            <input id="site-search" type="search" name="q" placeholder="Search" className="w-24 rounded-md border border-rule bg-paper px-2 py-1 text-sm sm:w-32" />
          </form>
          <ThemeToggle />
          <UserMenu />
        </div>
      </div>
    </header>
  );
}
