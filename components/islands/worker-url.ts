// Where the demo's training worker is served. The islands build (lib/build/islands.server.ts)
// bundles the worker first and substitutes its hashed URL for this constant.
declare const LMH_DEMO_WORKER_URL: string;

export const demoWorkerUrl: string = LMH_DEMO_WORKER_URL;
