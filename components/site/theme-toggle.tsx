/**
 * The light/dark switch (behaviour: components/islands/theme-toggle.ts). CSS, keyed on the theme the
 * head script set before first paint, picks the icon and the accessible name, so the script never
 * edits server-rendered attributes (which hydration on React pages would flag).
 */
export function ThemeToggle() {
  return (
    <lmh-theme-toggle>
      <button
        type="button"
        className="inline-flex h-9 w-9 items-center justify-center rounded-md text-ink-2 hover:bg-paper-2 hover:text-ink"
        title="Switch between light and dark themes"
        data-testid="theme-toggle"
      >
        <span className="sr-only dark:hidden">Switch to dark theme</span>
        <span className="sr-only hidden dark:inline">Switch to light theme</span>
        <svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.8">
          <g className="hidden dark:inline">
            <circle cx="12" cy="12" r="4.5" />
            <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
          </g>
          <path className="dark:hidden" d="M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5Z" />
        </svg>
      </button>
    </lmh-theme-toggle>
  );
}
