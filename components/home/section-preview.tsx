import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";

export interface PreviewItem {
  href: string;
  title: string;
  meta?: string;
}

/** `children` replace the list (a section whose items load in the browser); `after` follows it. */
export function SectionPreview({
  title,
  href,
  items,
  empty,
  children,
  after,
}: {
  title: string;
  href: string;
  items: PreviewItem[];
  empty: string;
  children?: React.ReactNode;
  after?: React.ReactNode;
}) {
  return (
    <section aria-labelledby={`${href.slice(1)}-heading`} className="flex flex-col gap-3">
      <h2 id={`${href.slice(1)}-heading`} className="flex items-baseline justify-between border-b border-rule pb-1 text-sm font-semibold uppercase tracking-wider text-ink-2">
        {title}
        <Link href={href} className="text-xs font-normal normal-case tracking-normal">
          All {title.toLowerCase()} →
        </Link>
      </h2>
      {children ?? (items.length === 0 ? (
        <EmptyState>{empty}</EmptyState>
      ) : (
        <ul className="flex flex-col gap-3">
          {items.map((item) => (
            <li key={item.href}>
              <Link href={item.href} className="font-serif text-lg text-ink no-underline hover:text-accent">
                {item.title}
              </Link>
              {item.meta && <p className="text-sm text-ink-3">{item.meta}</p>}
            </li>
          ))}
        </ul>
      ))}
      {after}
    </section>
  );
}
