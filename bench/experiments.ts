// Benchmarks every registered experiment: wall time of a default run on the server backend (wasm),
// steps/s on each tfjs backend, arithmetic rate against this machine's single-core Float64 matmul
// peak, and, where one exists, a NumPy peer doing the same work.
//   npx tsx bench/experiments.ts
import { spawnSync } from "node:child_process";
import os from "node:os";
import * as tf from "@tensorflow/tfjs";
import { selectBackend, selectServerBackend } from "../lib/experiments/core/tf-backend.node.js";
import { experiments } from "../lib/experiments/registry";
import { runToCompletion } from "../lib/experiments/runner";
import type { Experiment } from "../lib/experiments/types";

/** The steps/s probe covers the steps the wasm run completes in this long... */
const PROBE_SECONDS = 3;
/** ...and gives up after this long on a slower backend. */
const PROBE_CAP_SECONDS = 12;

/** Best-of-5 GFLOP/s of a plain ikj Float64 matmul: the single-core yardstick. */
function float64Peak(n = 256): number {
  const a = Float64Array.from({ length: n * n }, (_, i) => Math.sin(i));
  const b = Float64Array.from({ length: n * n }, (_, i) => Math.cos(i));
  let best = Infinity;
  for (let rep = 0; rep < 5; rep++) {
    const c = new Float64Array(n * n);
    const t0 = performance.now();
    for (let i = 0; i < n; i++)
      for (let k = 0; k < n; k++) {
        const aik = a[i * n + k];
        for (let j = 0; j < n; j++) c[i * n + j] += aik * b[k * n + j];
      }
    best = Math.min(best, performance.now() - t0);
  }
  return (2 * n ** 3) / (best / 1000) / 1e9;
}

/**
 * Steps per second over the first `prefix` steps of a run (chunk boundaries of 5% of the run), giving
 * up after `maxSeconds`. Work units differ in cost within some runs (trials, then sweeps), so every
 * backend is timed on the same prefix.
 */
async function stepsPerSecond(
  exp: Experiment,
  params: Record<string, unknown>,
  seed: number,
  prefix: number,
  maxSeconds: number,
): Promise<number> {
  const run = await exp.start(params, seed);
  try {
    let snap = run.snapshot();
    const chunk = Math.max(1, Math.ceil(snap.totalSteps / 20));
    const t0 = performance.now();
    while (!snap.done && snap.step < prefix && performance.now() - t0 < maxSeconds * 1000) {
      await run.advance(chunk);
      snap = run.snapshot();
    }
    return snap.step / ((performance.now() - t0) / 1000);
  } finally {
    run.dispose();
  }
}

// NumPy peers: the same work as one default-parameter seed, single-threaded BLAS, timed inside Python.
const NUMPY_PEERS = String.raw`
import json, sys, time
import numpy as np

def deep_linear_modes(p):
    rng = np.random.default_rng(1)
    m = 6
    s = p["topStrength"] * np.array([1, .6, .4, .2, .1, .05])
    U, _ = np.linalg.qr(rng.standard_normal((p["outputDim"], m)))
    V, _ = np.linalg.qr(rng.standard_normal((p["inputDim"], m)))
    R, _ = np.linalg.qr(rng.standard_normal((p["hiddenWidth"], m)))
    S = U @ np.diag(s) @ V.T
    W1 = p["a0"] * R @ V.T
    W2 = p["a0"] * U @ R.T
    eta = p["learningRate"]
    t0 = time.perf_counter()
    prev = np.zeros(m)
    for i in range(p["steps"]):
        E = S - W2 @ W1
        u = np.einsum("ik,ij,jk->k", U, S - E, V)
        crossed = (u >= s / 2) & (prev < s / 2)
        prev = u
        G1 = W2.T @ E
        W2 += eta * (E @ W1.T)
        W1 += eta * G1
    return time.perf_counter() - t0

def task(alpha, beta, M):
    k = np.arange(1, M + 1)
    lam = k ** -alpha
    v = k ** (-beta / 2)
    return lam, v / np.linalg.norm(v)

def krr_trial(rng, lam, v, ns, n_total, ridge):
    psi = rng.standard_normal((n_total, lam.size)) * np.sqrt(lam)
    K = psi @ psi.T
    y = psi @ (v / np.sqrt(lam))
    out = []
    for n in ns:
        errs = []
        for r in range(n_total // n):
            b = slice(r * n, (r + 1) * n)
            a = np.linalg.solve(K[b, b] + ridge * np.eye(n), y[b])
            vh = np.sqrt(lam) * (psi[b].T @ a)
            errs.append(((v - vh) ** 2).sum())
        out.append(np.mean(errs))
    return out

def min_norm_risk(rng, n, p, noise):
    X = rng.standard_normal((n, p))
    beta = rng.standard_normal(p); beta /= np.linalg.norm(beta)
    y = X @ beta + noise * rng.standard_normal(n)
    bh = np.linalg.solve(X.T @ X, X.T @ y) if p < n else X.T @ np.linalg.solve(X @ X.T, y)
    return ((bh - beta) ** 2).sum()

def eigenlearning(p):
    rng = np.random.default_rng(1)
    lam, v = task(p["alpha"], p["beta"], p["modes"])
    t0 = time.perf_counter()
    for _ in range(p["trials"]):
        krr_trial(rng, lam, v, [10, 30, 100, 300], 300, p["ridge"])
    for _ in range(p["ddTrials"]):
        for q in [5, 10, 20, 30, 35, 45, 50, 60, 80, 120, 160]:
            min_norm_risk(rng, 40, q, p["ddNoise"])
    return time.perf_counter() - t0

def scaling_exponents(p):
    rng = np.random.default_rng(1)
    lam, v = task(p["alpha"], p["beta"], p["modes"])
    t0 = time.perf_counter()
    for _ in range(p["trials"]):
        krr_trial(rng, lam, v, [10, 20, 40, 80, 160, 320], 320, 0.0)
    lam, v = task(p["alpha"], p["beta"], p["dim"])
    root = np.sqrt(lam)
    B, eta = p["batch"], p["learningRate"]
    for _ in range(p["sgdRuns"]):
        e = -v / root
        for _ in range(p["steps"]):
            s2 = lam @ (e * e)
            S = s2 * (rng.standard_normal(B) ** 2).sum()
            u = root * rng.standard_normal(lam.size)
            rs = np.sqrt(S)
            e -= (eta / B) * (lam * e * (S - rs * (e @ u)) / s2 + rs * u)
    return time.perf_counter() - t0

def gd_vs_flow(p):
    rng = np.random.default_rng(1)
    h, n = p["hidden"], p["points"]
    x = np.linspace(-1, 1, n); y = np.sin(3 * x)
    def grad(th):
        w, b, a, c = th[:h], th[h:2*h], th[2*h:3*h], th[3*h]
        act = np.tanh(np.outer(x, w) + b)
        r = (act @ a + c - y) / n
        back = np.outer(r, a) * (1 - act * act)
        return np.concatenate([x @ back, back.sum(0), r @ act, [r.sum()]])
    def hvp(th, v):
        s = 1e-4 / np.linalg.norm(v)
        return (grad(th + s * v) - grad(th - s * v)) / (2 * s)
    def rk4(f, th, dt):
        k1 = f(th); k2 = f(th - dt / 2 * k1); k3 = f(th - dt / 2 * k2); k4 = f(th - dt * k3)
        return th - dt / 6 * (k1 + 2 * k2 + 2 * k3 + k4)
    th0 = np.concatenate([rng.standard_normal(2 * h), rng.standard_normal(h) / np.sqrt(h), [0.0]])
    etas = [p["flowTime"] / (p["gdSteps"] * 2 ** j) for j in range(p["etaCount"])]
    t0 = time.perf_counter()
    for j, eta in enumerate(etas):
        th = th0.copy()
        for _ in range(p["gdSteps"] * 2 ** j):
            th = th - eta * grad(th)
    dt = p["flowTime"] / p["rk4Steps"]
    flows = [th0.copy() for _ in range(len(etas) + 1)]
    def modified(eta):
        def field(th):
            g = grad(th)
            return g + eta / 2 * hvp(th, g)
        return field
    fields = [grad] + [modified(eta) for eta in etas]
    for _ in range(p["rk4Steps"]):
        flows = [rk4(f, th, dt) for f, th in zip(fields, flows)]
    return time.perf_counter() - t0

peers = {
    "deep-linear-modes": deep_linear_modes,
    "eigenlearning": eigenlearning,
    "scaling-exponents": scaling_exponents,
    "gd-vs-flow": gd_vs_flow,
}
slug, params = sys.argv[1], json.loads(sys.argv[2])
print(json.dumps({"seconds": peers[slug](params)}))
`;
const PEER_SLUGS = new Set(["deep-linear-modes", "eigenlearning", "scaling-exponents", "gd-vs-flow"]);

function numpyAvailable(): boolean {
  return spawnSync("python3", ["-c", "import numpy"], { stdio: "ignore" }).status === 0;
}

function numpyPeerSeconds(slug: string, params: Record<string, unknown>): number {
  const env = { ...process.env, OMP_NUM_THREADS: "1", OPENBLAS_NUM_THREADS: "1", MKL_NUM_THREADS: "1" };
  const r = spawnSync("python3", ["-c", NUMPY_PEERS, slug, JSON.stringify(params)], { encoding: "utf8", env });
  if (r.status !== 0) throw new Error(`NumPy peer for ${slug} failed: ${r.stderr.trim().split("\n").pop()}`);
  return JSON.parse(r.stdout).seconds;
}

interface Row {
  id: string;
  steps: number;
  wallSeconds: number;
  stepsPerSecond: Record<string, number>;
  gflops: number;
  peakRatio: number;
  peerSeconds?: number;
}

const fmt = (x: number, digits = 3) => (Number.isFinite(x) ? x.toPrecision(digits) : "n/a");

function markdown(rows: Row[], peak: number, backends: string[], command: string): string {
  const header = [
    "experiment",
    "steps",
    "wall, 1 seed (wasm) s",
    ...backends.map((b) => `steps/s ${b}`),
    "GFLOP/s",
    "of F64 peak",
    "NumPy peer s",
    "peer / ours",
  ];
  const lines = rows.map((r) =>
    [
      r.id,
      String(r.steps),
      fmt(r.wallSeconds),
      ...backends.map((b) => fmt(r.stepsPerSecond[b])),
      fmt(r.gflops),
      `${fmt(100 * r.peakRatio, 2)}%`,
      r.peerSeconds === undefined ? "—" : fmt(r.peerSeconds),
      r.peerSeconds === undefined ? "—" : `${fmt(r.peerSeconds / r.wallSeconds, 2)}×`,
    ].join(" | "),
  );
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  return [
    "# Experiment benchmarks",
    "",
    `Produced by \`${command}\` on ${new Date().toISOString().slice(0, 10)}: ${cpu}, ${os.cpus().length} cores, ` +
      `Node ${process.version}, tfjs ${tf.version.tfjs}. Single-core Float64 peak (plain ikj matmul in JS): ${fmt(peak)} GFLOP/s.`,
    "",
    "- *wall*: one default-parameter run of the first default seed on the server backend (wasm), `start` to done.",
    `- *steps/s*: the run's own work units (GD steps, trials) per second on each backend, over the prefix of the run that wasm completes in its first ${PROBE_SECONDS} s (at most ${PROBE_CAP_SECONDS} s on a slower backend). Plain-TypeScript experiments do not use tfjs, so their backends agree up to noise.`,
    "- *GFLOP/s*: `exp.cost(params).flops` over the wasm wall time; *of F64 peak* divides it by the matmul yardstick.",
    "- *of F64 peak* can exceed 100% for tfjs experiments: the wasm backend runs float32 SIMD kernels, the yardstick is scalar Float64 JS.",
    "- *NumPy peer*: the same work written directly in NumPy (single-threaded OpenBLAS), timed inside Python; *peer / ours* above 1 means ours is faster.",
    "- Other engineers' processes share this 2-core machine, so figures carry roughly ±20% noise.",
    "",
    `| ${header.join(" | ")} |`,
    `|${header.map(() => "---").join("|")}|`,
    ...lines.map((l) => `| ${l} |`),
    "",
  ].join("\n");
}

async function main() {
  const command = "npx tsx bench/experiments.ts";
  const peak = float64Peak();
  const withPeers = numpyAvailable();
  const backends = ["wasm", "cpu"] as const;
  const rows: Row[] = [];
  for (const exp of experiments) {
    const params = exp.params.parse({});
    const seed = exp.defaultSeeds[0];
    const { steps, flops } = exp.cost(params);

    await selectServerBackend();
    const before = tf.memory().numTensors;
    const t0 = performance.now();
    let prefix = 0;
    await runToCompletion(exp, params, seed, (snap) => {
      if (prefix === 0 && (performance.now() - t0 >= PROBE_SECONDS * 1000 || snap.done)) prefix = snap.step;
    });
    const wallSeconds = (performance.now() - t0) / 1000;
    const leaked = tf.memory().numTensors - before;
    if (leaked !== 0) console.error(`warning: ${exp.id} left ${leaked} tensors after dispose`);

    const rates: Record<string, number> = {};
    for (const b of backends) {
      try {
        await (b === "wasm" ? selectServerBackend() : selectBackend(b));
        rates[b] = await stepsPerSecond(exp, params, seed, prefix, PROBE_CAP_SECONDS);
      } catch (err) {
        console.error(`warning: ${exp.id} on ${b}: ${err instanceof Error ? err.message : err}`);
        rates[b] = NaN;
      }
    }
    const gflops = flops / wallSeconds / 1e9;
    const peerSeconds = withPeers && PEER_SLUGS.has(exp.slug) ? numpyPeerSeconds(exp.slug, params) : undefined;
    rows.push({ id: exp.id, steps, wallSeconds, stepsPerSecond: rates, gflops, peakRatio: gflops / peak, peerSeconds });
    console.error(`done ${exp.id} in ${wallSeconds.toFixed(2)} s`);
  }
  const md = markdown(rows, peak, [...backends], command);
  process.stdout.write(md);
}

await main();
