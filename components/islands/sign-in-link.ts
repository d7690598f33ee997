// The header's "Sign in" link as HTML, shared by the server (first paint, kept invisible until the
// browser knows nobody is signed in, so nothing jumps) and by <lmh-user-menu>.
export const signInLinkClass = "rounded-md px-3 py-1.5 text-sm font-medium text-ink no-underline ring-1 ring-rule hover:bg-paper-2";

export const pendingSignInLink = `<a href="/signin" class="${signInLinkClass} invisible" aria-hidden="true" tabindex="-1">Sign in</a>`;
