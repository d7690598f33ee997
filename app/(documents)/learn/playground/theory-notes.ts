// A few lines of theory per experiment, with $…$ math, shown above its demo. Experiments without
// a note here show their one-line summary instead.
export const theoryNotes: Record<string, string[]> = {
  "deep-linear-modes": [
    "Train $W_2W_1$ on $L = \\tfrac12\\|W_2W_1 - S\\|^2$ with $S = U\\diag(s)V^\\top$ from a small initialisation. Under gradient flow each singular mode evolves on its own: its strength $u = u_k^\\top W_2W_1 v_k$ follows a sigmoid,",
    "$$u(t) = \\frac{s\\,e^{2st}}{e^{2st} - 1 + s/u_0},$$",
    "which reaches half its final value at $t_{1/2} = \\ln(s/u_0 - 1)/(2s)$,",
    "with $t = \\eta\\cdot\\text{step}$, so strong modes are learned first and the loss falls in a staircase.",
  ],
  "edge-of-stability": [
    "Full-batch gradient descent with step size $\\eta$ is stable on a quadratic only while the sharpness $\\lambda_{\\max}(\\nabla^2 L) < 2/\\eta$.",
    "On a real network the sharpness first rises during training (progressive sharpening), then stops rising near $2/\\eta$ and hovers at or just above it while the loss keeps falling, non-monotonically: the dynamics stabilise themselves at the edge of stability.",
  ],
  "ntk-wide-net": [
    "For $f(x) = m^{-1/2}\\sum_i a_i\\,\\mathrm{relu}(w_i\\cdot x)$ the neural tangent kernel $\\Theta$ stays fixed as the width $m \\to \\infty$, and gradient descent on the squared loss becomes kernel regression:",
    "$$f_T(x_*) = \\Theta(x_*, X)\\,\\Theta^{-1}\\big(I - e^{-\\eta T\\Theta/n}\\big)Y.$$",
    "At finite width the network deviates from this trajectory mainly because its initial kernel is a random estimate of $\\Theta$, an error that shrinks like $m^{-1/2}$; the kernel's drift during training is smaller and falls faster.",
  ],
  eigenlearning: [
    "Kernel ridge regression with eigenvalues $\\lambda_k$ learns mode $k$ to the fraction $\\mathcal L_k = \\lambda_k/(\\lambda_k + \\kappa)$, where $\\kappa$ solves $\\sum_k \\lambda_k/(\\lambda_k + \\kappa) + \\delta/\\kappa = n$.",
    "The test error is then $E_0\\big(\\sum_k (1 - \\mathcal L_k)^2 v_k^2 + \\varepsilon^2\\big)$ with $E_0 = n/(n - \\sum_k \\mathcal L_k^2)$; min-norm least squares shows the double-descent peak at $p = n$.",
  ],
  "scaling-exponents": [
    "With power-law spectra $\\lambda_k = k^{-\\alpha}$ and target $v_k^2 \\propto k^{-\\beta}$, the test loss falls as a power law in data, $L \\propto n^{-(\\beta - 1)}$ for noiseless targets when $\\beta < 2\\alpha + 1$, and in time,",
    "$$L(t) = \\sum_k v_k^2\\, e^{-2\\lambda_k t} \\propto t^{-(\\beta - 1)/\\alpha}.$$",
    "Fits over a finite range are compared with the same fit to the theory curve over that range.",
  ],
  "mup-transfer": [
    "In the standard parametrisation the output's change after one step grows like the width and hidden features freeze ($\\Delta h \\propto m^{-1/2}$), so the best learning rate shrinks like $1/m$.",
    "The maximal-update parametrisation ($\\mu$P) rescales initialisation and per-layer learning rates so that both changes stay of order one: the optimal learning rate transfers across widths.",
  ],
  "stepwise-ssl": [
    "For the linear Barlow Twins loss $L = \\|W\\Gamma W^\\top - I\\|^2$ from a small initialisation, each eigenvalue $\\gamma_j$ of the cross-view correlation $\\Gamma$ is learned along a logistic curve,",
    "$$\\lambda_j(t) = \\frac{1}{1 + (1/\\lambda_j(0) - 1)\\,e^{-8\\gamma_j t}},$$",
    "with half-rise time $t_{1/2} = \\ln(1/\\lambda_j(0) - 1)/(8\\gamma_j)$, so the embedding gains one dimension at a time, largest eigenvalue first.",
  ],
  "agf-saddles": [
    "A network with quadratic activations learning a cyclic task jumps from saddle to saddle: it picks up the target's Fourier frequencies one at a time, in decreasing order of their power $P_k = 2|\\hat x_k|^2/p$.",
    "Between jumps the loss sits on a plateau at $\\tfrac1p\\sum P_k$ over the frequencies not yet learned.",
  ],
  "gd-vs-flow": [
    "Gradient descent with step $\\eta$ tracks gradient flow $\\dot\\theta = -\\nabla L$ only to first order: after a fixed time $T$ the gap $\\|\\theta_{GD} - \\theta_{GF}(T)\\|$ shrinks like $\\eta$.",
    "It follows the modified flow on $\\tilde L = L + \\tfrac{\\eta}{4}\\|\\nabla L\\|^2$ to second order, a gap of order $\\eta^2$: slopes 1 and 2 on a log–log plot against $\\eta$.",
  ],
  "modular-addition": [
    "A two-layer network with quadratic activations trained on $a + b \\bmod p$ solves it with Fourier features: each neuron uses one frequency $\\sigma$, with",
    "$$\\begin{aligned} U_a[n] &\\propto \\cos(2\\pi\\sigma n/p + \\varphi_a), \\\\ U_b[n] &\\propto \\cos(2\\pi\\sigma n/p + \\varphi_b), \\\\ W_o[q] &\\propto \\cos(2\\pi\\sigma q/p + \\varphi_a + \\varphi_b). \\end{aligned}$$",
  ],
};
