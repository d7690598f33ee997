/** A date as readers see it (UTC, so server and feeds agree), machine-readable too. */
export function FormattedTime({ date }: { date: Date }) {
  return <time dateTime={date.toISOString()}>{date.toISOString().slice(0, 16).replace("T", " ")} UTC</time>;
}
