export function EmptyState({ children }: { children: React.ReactNode }) {
  return <p className="rounded-md border border-dashed border-rule px-4 py-6 text-center text-sm text-ink-3">{children}</p>;
}
