/** The eight QR data masks and the penalty that picks the most readable one. */

const MASKS: ((x: number, y: number) => boolean)[] = [
  (x, y) => (x + y) % 2 === 0,
  (_x, y) => y % 2 === 0,
  (x) => x % 3 === 0,
  (x, y) => (x + y) % 3 === 0,
  (x, y) => (Math.floor(x / 3) + Math.floor(y / 2)) % 2 === 0,
  (x, y) => ((x * y) % 2) + ((x * y) % 3) === 0,
  (x, y) => (((x * y) % 2) + ((x * y) % 3)) % 2 === 0,
  (x, y) => (((x + y) % 2) + ((x * y) % 3)) % 2 === 0,
];

/** A copy of `modules` with `mask` applied to every module that is not a function pattern. */
export function applyMask(modules: readonly boolean[][], reserved: readonly boolean[][], mask: number): boolean[][] {
  const flip = MASKS[mask]!;
  return modules.map((row, y) => row.map((dark, x) => (reserved[y]![x] ? dark : dark !== flip(x, y))));
}

const FINDER_LIKE = [true, false, true, true, true, false, true];

function linePenalty(line: readonly boolean[]): number {
  let score = 0;
  let run = 1;
  for (let i = 1; i <= line.length; i++) {
    if (i < line.length && line[i] === line[i - 1]) {
      run++;
      continue;
    }
    if (run >= 5) score += run - 2;
    run = 1;
  }
  // 1:1:3:1:1 finder-like patterns with four light modules on one side.
  for (let i = 0; i + 7 <= line.length; i++) {
    if (!FINDER_LIKE.every((v, k) => line[i + k] === v)) continue;
    const lightBefore = [1, 2, 3, 4].every((k) => i - k < 0 || !line[i - k]);
    const lightAfter = [0, 1, 2, 3].every((k) => i + 7 + k >= line.length || !line[i + 7 + k]);
    if (lightBefore || lightAfter) score += 40;
  }
  return score;
}

/** The standard's penalty score (runs, 2×2 blocks, finder-like patterns, dark balance). */
export function penalty(m: readonly boolean[][]): number {
  const size = m.length;
  let score = 0;
  let dark = 0;
  for (let y = 0; y < size; y++) {
    score += linePenalty(m[y]!);
    score += linePenalty(m.map((row) => row[y]!));
    for (let x = 0; x < size; x++) {
      if (m[y]![x]) dark++;
      if (x + 1 < size && y + 1 < size) {
        const c = m[y]![x];
        if (m[y]![x + 1] === c && m[y + 1]![x] === c && m[y + 1]![x + 1] === c) score += 3;
      }
    }
  }
  const total = size * size;
  score += Math.floor(Math.abs(dark * 20 - total * 10) / total) * 10;
  return score;
}
