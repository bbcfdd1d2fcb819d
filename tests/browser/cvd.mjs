// Colour-vision deficiency, simulated: Machado, Oliveira & Fernandes (2009), "A
// Physiologically-based Model for Simulation of Color Vision Deficiency", the matrices for
// severity 1 (full protanopia, deuteranopia, tritanopia) on linear sRGB; distances are CIE76 ΔE
// in CIELAB (D65). Used by a11y.test.mjs to check the highlight colours stay apart.

const M = {
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.303900]],
};
const lin = (c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
/** `#rrggbb` → linear sRGB. */
export function hex(h) { const n = parseInt(h.slice(1), 16); return [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) => lin(v / 255)); }
export function simulate(rgb, kind) { if (!M[kind]) return rgb; return M[kind].map((row) => Math.min(1, Math.max(0, row[0] * rgb[0] + row[1] * rgb[1] + row[2] * rgb[2]))); }
export function lab([r, g, b]) {
  const X = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047, Y = 0.2126 * r + 0.7152 * g + 0.0722 * b, Z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  return [116 * f(Y) - 16, 500 * (f(X) - f(Y)), 200 * (f(Y) - f(Z))];
}
export const dE = (a, b) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
/** The closest two of `colours` (name → `#rrggbb`) under normal vision and each deficiency. */
export function worst(colours) {
  let min = Infinity, at = '';
  for (const kind of ['normal', 'protanopia', 'deuteranopia', 'tritanopia']) {
    const names = Object.keys(colours);
    for (let i = 0; i < names.length; i++) for (let j = i + 1; j < names.length; j++) {
      const d = dE(lab(simulate(hex(colours[names[i]]), kind)), lab(simulate(hex(colours[names[j]]), kind)));
      if (d < min) { min = d; at = `${kind}: ${names[i]}/${names[j]}`; }
    }
  }
  return { min: Math.round(min * 10) / 10, at };
}
