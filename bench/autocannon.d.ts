// The subset of autocannon's API the benchmarks use (the package ships no types).
declare module "autocannon" {
  namespace autocannon {
    interface Result {
      requests: { average: number };
      latency: { p50: number; p99: number };
      errors: number;
      non2xx: number;
    }
  }
  function autocannon(opts: { url: string; connections: number; duration: number; /** seconds before a request counts as an error (default 10) */ timeout?: number; /** each request may be rewritten before it is sent */ requests?: { setupRequest?: (req: { path: string }) => { path: string } }[] }, done: (error: Error | null, result: autocannon.Result) => void): void;
  export default autocannon;
}
