// A live document (lib/build/live-documents.ts) that needs its runtime this time, e.g. a result
// whose check is running shows its progress with a client component, says so in its metadata
// (`other: needsRuntime`); the launcher then sends it whole and does not cache it.
export const needsRuntime = { "lmh-runtime": "required" } as const;
export const needsRuntimeTag = '<meta name="lmh-runtime" content="required"';
