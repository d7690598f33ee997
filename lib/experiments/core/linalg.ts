// Small dense Float64 linear algebra (row-major). tfjs has no solve or eigendecomposition
// (tfjs#467, #1516) and is float32-only, so the theory side runs on these.

/** C (n×m) = A (n×k) · B (k×m). */
export function matmul(a: Float64Array, b: Float64Array, n: number, k: number, m: number): Float64Array {
  const c = new Float64Array(n * m);
  for (let i = 0; i < n; i++) {
    const ci = i * m;
    for (let p = 0; p < k; p++) {
      const aip = a[i * k + p];
      if (aip === 0) continue;
      const bp = p * m;
      for (let j = 0; j < m; j++) c[ci + j] += aip * b[bp + j];
    }
  }
  return c;
}

/** Transpose of an n×m matrix (returns m×n). */
export function transpose(a: Float64Array, n: number, m: number): Float64Array {
  const t = new Float64Array(n * m);
  for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) t[j * n + i] = a[i * m + j];
  return t;
}

export function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

export function norm(a: ArrayLike<number>): number {
  return Math.sqrt(dot(a, a));
}

/** Lower-triangular Cholesky factor of a symmetric positive definite n×n matrix. */
export function cholesky(A: Float64Array, n: number): Float64Array {
  const L = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    let d = A[j * n + j];
    for (let k = 0; k < j; k++) d -= L[j * n + k] * L[j * n + k];
    if (!(d > 0)) throw new Error(`cholesky: matrix is not positive definite (pivot ${j} = ${d})`);
    const ljj = Math.sqrt(d);
    L[j * n + j] = ljj;
    for (let i = j + 1; i < n; i++) {
      let s = A[i * n + j];
      for (let k = 0; k < j; k++) s -= L[i * n + k] * L[j * n + k];
      L[i * n + j] = s / ljj;
    }
  }
  return L;
}

/** Solves A X = B for symmetric positive definite A (n×n), B (n×nrhs). */
export function choleskySolve(A: Float64Array, B: Float64Array, n: number, nrhs: number): Float64Array {
  const L = cholesky(A, n);
  const X = Float64Array.from(B);
  for (let r = 0; r < nrhs; r++) {
    // Forward substitution L y = b.
    for (let i = 0; i < n; i++) {
      let s = X[i * nrhs + r];
      for (let k = 0; k < i; k++) s -= L[i * n + k] * X[k * nrhs + r];
      X[i * nrhs + r] = s / L[i * n + i];
    }
    // Back substitution Lᵀ x = y.
    for (let i = n - 1; i >= 0; i--) {
      let s = X[i * nrhs + r];
      for (let k = i + 1; k < n; k++) s -= L[k * n + i] * X[k * nrhs + r];
      X[i * nrhs + r] = s / L[i * n + i];
    }
  }
  return X;
}

/**
 * Eigendecomposition of a symmetric n×n matrix by cyclic Jacobi rotations.
 * Values descending; `vectors` is n×n row-major with eigenvector j in column j.
 */
export function symEig(A: Float64Array, n: number): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(A);
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;

  let scale = 0;
  for (let i = 0; i < n * n; i++) scale += a[i] * a[i];
  const tol = 1e-30 * Math.max(scale, Number.MIN_VALUE);

  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p * n + q] * a[p * n + q];
    if (off <= tol) break;
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q];
        if (apq === 0) continue;
        const app = a[p * n + p];
        const aqq = a[q * n + q];
        // Stable rotation angle (Golub & Van Loan 8.5.2).
        const theta = (aqq - app) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k * n + p];
          const akq = a[k * n + q];
          a[k * n + p] = c * akp - s * akq;
          a[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p * n + k];
          const aqk = a[q * n + k];
          a[p * n + k] = c * apk - s * aqk;
          a[q * n + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k * n + p];
          const vkq = v[k * n + q];
          v[k * n + p] = c * vkp - s * vkq;
          v[k * n + q] = s * vkp + c * vkq;
        }
      }
    }
  }

  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => a[j * n + j] - a[i * n + i]);
  const values = new Float64Array(n);
  const vectors = new Float64Array(n * n);
  order.forEach((src, dst) => {
    values[dst] = a[src * n + src];
    for (let k = 0; k < n; k++) vectors[k * n + dst] = v[k * n + src];
  });
  return { values, vectors };
}

/** A rows×cols matrix with orthonormal columns (Gram-Schmidt on Gaussian draws), rows ≥ cols. */
export function orthonormalColumns(rows: number, cols: number, normal: () => number): Float64Array {
  if (cols > rows) throw new Error(`orthonormalColumns: ${cols} columns do not fit in dimension ${rows}`);
  const q = Float64Array.from({ length: rows * cols }, normal);
  for (let j = 0; j < cols; j++) {
    // Two Gram-Schmidt passes keep the columns orthogonal to machine precision.
    for (let pass = 0; pass < 2; pass++) {
      for (let k = 0; k < j; k++) {
        let d = 0;
        for (let i = 0; i < rows; i++) d += q[i * cols + j] * q[i * cols + k];
        for (let i = 0; i < rows; i++) q[i * cols + j] -= d * q[i * cols + k];
      }
    }
    let s = 0;
    for (let i = 0; i < rows; i++) s += q[i * cols + j] ** 2;
    const inv = 1 / Math.sqrt(s);
    for (let i = 0; i < rows; i++) q[i * cols + j] *= inv;
  }
  return q;
}
