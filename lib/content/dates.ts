// Content dates are calendar days (YYYY-MM-DD) with no time zone; format them as such.
const long = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

export function formatDay(iso: string): string {
  return long.format(new Date(`${iso}T00:00:00Z`));
}
