// A deterministic generator of posts like a research forum's: prose, inline and display math with
// the site's macros, a list, sometimes code, a table, a link and a mention.
export function typicalPost(i: number): string {
  const pick = <T>(xs: T[], k: number) => xs[(i * 7 + k * 13) % xs.length];
  const prose = [
    "At the edge of stability the sharpness $\\lambda_{\\max}(H)$ hovers around $2/\\eta$, while the loss keeps falling non-monotonically.",
    "For a deep linear network $W = W_L \\cdots W_1$ trained from small initialisation, the singular values are learned one at a time.",
    "In the kernel regime the function moves as $f_t = f_0 - (I - e^{-\\eta \\Theta t}) (f_0 - y)$, so the modes with large eigenvalues go first.",
    "With $\\mu$P the optimal learning rate transfers across width $n$; under the standard parametrisation it drifts like $1/n$.",
    "The scaling law $L(N) \\approx (N_c/N)^{\\alpha_N}$ held over four decades in our runs, with $\\alpha_N \\approx 0.076$.",
  ];
  const display = [
    "$$\n\\frac{d}{dt} \\sigma_i = 2\\,\\sigma_i^{2 - 2/L} (s_i - \\sigma_i)\n$$",
    "$$\n\\norm{\\nabla L(\\theta_t)}^2 \\le \\frac{2}{\\eta}\\,\\bigl(L(\\theta_t) - L(\\theta_{t+1})\\bigr)\n$$",
    "$$\n\\E_{x}\\bigl[(f(x) - y)^2\\bigr] = \\sum_k \\frac{\\lambda_k^2\\, v_k^2}{(\\lambda_k + \\kappa)^2} \\quad\\text{with}\\quad \\tr \\Theta = \\sum_k \\lambda_k\n$$",
  ];
  const parts = [
    `Thanks @alice-${i % 5} — a question about **${pick(["sharpness", "feature learning", "grokking", "width scaling"], 1)}**.`,
    pick(prose, 2),
    pick(display, 3),
    pick(prose, 4),
    "- first, fix the seed and the width\n- then sweep $\\eta \\in \\{0.01, 0.02, 0.04\\}$\n- [ ] compare with the theory curve",
  ];
  if (i % 3 === 0) parts.push("```python\nfor step in range(steps):\n    loss = 0.5 * ((X @ w - y) ** 2).mean()  # MSE\n    w -= lr * X.T @ (X @ w - y) / n\n```");
  if (i % 4 === 0) parts.push("| width | $\\eta^*$ |\n|---:|---:|\n| 64 | 0.031 |\n| 1024 | 0.029 |");
  parts.push(`See [the paper](https://arxiv.org/abs/2103.00065) and ${pick(prose, 5)}`);
  return parts.join("\n\n");
}
