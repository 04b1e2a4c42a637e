import { describe, expect, it } from 'vitest';
import { recoverable } from '../../tests/fixtures/linear-attack.ts';
import { MIN_COUNT, type Published, protectLine, protectMedian, protectShare, protectTable, sumPublished } from './suppression.ts';

/** Equations a reader can write from a published table: each row, each column, the totals. Unknowns: every cell and margin. */
function tableEquations(matrix: number[][], p: ReturnType<typeof protectTable>) {
  const R = matrix.length;
  const C = matrix[0]!.length;
  // Unknown index of each grid position (cells, then row totals, column totals, grand total).
  const idx = (i: number, j: number) => i * (C + 1) + j;
  const n = (R + 1) * (C + 1);
  const published = (i: number, j: number): Published =>
    i < R && j < C ? p.cells[i]![j]! : i < R ? p.rowTotals[i]! : j < C ? p.colTotals[j]! : p.total;
  const eqs: number[][] = [];
  const unit = (k: number) => Array.from({ length: n }, (_, i) => (i === k ? 1 : 0));
  for (let i = 0; i <= R; i++) {
    const e = new Array<number>(n).fill(0);
    for (let j = 0; j < C; j++) e[idx(i, j)] = 1;
    e[idx(i, C)] = -1;
    eqs.push(e);
  }
  for (let j = 0; j <= C; j++) {
    const e = new Array<number>(n).fill(0);
    for (let i = 0; i < R; i++) e[idx(i, j)] = 1;
    e[idx(R, j)] = -1;
    eqs.push(e);
  }
  // A published value is known: "x = value" (the value itself does not matter for what can be recovered).
  for (let i = 0; i <= R; i++) for (let j = 0; j <= C; j++) if (published(i, j) !== null) eqs.push(unit(idx(i, j)));
  return { eqs, n, idx, published };
}

function randomMatrix(rows: number, cols: number, seed: number): number[][] {
  let s = seed;
  const next = () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
  return Array.from({ length: rows }, () =>
    Array.from({ length: cols }, () => (next() < 0.35 ? Math.floor(next() * 5) : 5 + Math.floor(next() * 40))),
  );
}

describe('protectLine (one month by province, with its total)', () => {
  it('publishes a line without small counts as it is', () => {
    expect(protectLine([12, 7, 30])).toEqual({ cells: [12, 7, 30], total: 49 });
  });
  it('never leaves a single null: the smallest other cell is hidden too', () => {
    expect(protectLine([40, 3, 9, 12])).toEqual({ cells: [40, null, null, 12], total: 64 });
  });
  it('keeps two small counts as they are (each still unknown) and hides everything when the total is small', () => {
    expect(protectLine([40, 3, 0, 12])).toEqual({ cells: [40, null, null, 12], total: 55 });
    expect(protectLine([1, 2, 1])).toEqual({ cells: [null, null, null], total: null });
    expect(protectLine([4])).toEqual({ cells: [null], total: null });
  });
  it('no hidden cell is recoverable from the line, for many random lines', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const cells = randomMatrix(1, 1 + (seed % 7), seed)[0]!;
      const p = protectLine(cells);
      const n = cells.length + 1;
      const eqs = [[...cells.map(() => 1), -1]];
      for (const [k, v] of [...p.cells, p.total].entries())
        if (v !== null) eqs.push(Array.from({ length: n }, (_, i) => (i === k ? 1 : 0)));
      const rec = recoverable(eqs, n);
      [...cells, cells.reduce((a, b) => a + b, 0)].forEach((truth, k) => {
        const shown = k < cells.length ? p.cells[k] : p.total;
        if (truth < MIN_COUNT) expect(shown, `seed ${seed}`).toBeNull();
        if (shown === null) expect(rec[k], `seed ${seed}: hidden figure ${k} of ${JSON.stringify(cells)} is recoverable`).toBe(false);
        else expect(shown).toBe(truth);
      });
    }
  });
});

describe('protectTable (one month of referrals by service and outcome, with margins)', () => {
  it('publishes a table without small counts as it is', () => {
    expect(
      protectTable([
        [5, 6],
        [7, 8],
      ]),
    ).toEqual({
      cells: [
        [5, 6],
        [7, 8],
      ],
      rowTotals: [11, 15],
      colTotals: [12, 14],
      total: 26,
    });
  });
  it('a lone small cell takes three others with it so that row and column sums cannot give it away', () => {
    const p = protectTable([
      [3, 20, 9],
      [30, 40, 50],
      [6, 7, 8],
    ]);
    expect(p.cells[0]![0]).toBeNull();
    const nulls =
      p.cells.flat().filter((v) => v === null).length + [...p.rowTotals, ...p.colTotals, p.total].filter((v) => v === null).length;
    expect(nulls).toBe(4);
    // The cheapest cycle uses the smallest interior cells (9, 6 and 8), leaving every total published.
    expect(p.cells).toEqual([
      [null, 20, null],
      [30, 40, 50],
      [null, 7, null],
    ]);
    expect(p.total).toBe(173);
  });
  it('a bridge between two cycles of small cells is closed too (degree two per row and column is not enough)', () => {
    // Rows 0,1 × columns 0,1 and rows 2,3 × columns 2,3 are small; cell [0][2] links them.
    const m = [
      [1, 2, 3, 50],
      [2, 1, 60, 70],
      [80, 90, 1, 2],
      [100, 110, 2, 1],
    ];
    const p = protectTable(m);
    const { eqs, n, idx, published } = tableEquations(m, p);
    const rec = recoverable(eqs, n);
    for (let i = 0; i <= 4; i++)
      for (let j = 0; j <= 4; j++) if (published(i, j) === null) expect(rec[idx(i, j)], `[${i}][${j}]`).toBe(false);
  });
  it('no hidden figure of a random table is recoverable, and every published one is true', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const rows = 1 + (seed % 6);
      const cols = 1 + ((seed >> 2) % 5);
      const m = randomMatrix(rows, cols, seed);
      const p = protectTable(m);
      const { eqs, n, idx, published } = tableEquations(m, p);
      const rec = recoverable(eqs, n);
      const truth = (i: number, j: number) =>
        i < rows && j < cols
          ? m[i]![j]!
          : i < rows
            ? m[i]!.reduce((a, b) => a + b, 0)
            : j < cols
              ? m.reduce((a, r) => a + r[j]!, 0)
              : m.flat().reduce((a, b) => a + b, 0);
      for (let i = 0; i <= rows; i++)
        for (let j = 0; j <= cols; j++) {
          const shown = published(i, j);
          if (truth(i, j) < MIN_COUNT) expect(shown, `seed ${seed} [${i}][${j}]`).toBeNull();
          if (shown === null) expect(rec[idx(i, j)], `seed ${seed}: [${i}][${j}] of ${JSON.stringify(m)} is recoverable`).toBe(false);
          else expect(shown).toBe(truth(i, j));
        }
    }
  });
});

describe('shares, medians and sums', () => {
  it('a share or a median from fewer than five reports is hidden', () => {
    expect(protectShare(3, 4)).toBeNull();
    expect(protectShare(4, 5)).toBe(0.8);
    expect(protectShare(2, 3)).toBeNull();
    expect(protectMedian(3_600_000, 4)).toBeNull();
    expect(protectMedian(3_600_000, 5)).toBe(3_600_000);
    expect(protectMedian(null, 0)).toBeNull();
  });
  it('a sum of published figures is null as soon as one of them is', () => {
    expect(sumPublished([5, 6, 7])).toBe(18);
    expect(sumPublished([5, null, 7])).toBeNull();
    expect(sumPublished([])).toBe(0);
  });
});
