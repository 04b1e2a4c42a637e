// Small-number protection for the public statistics: pure functions over raw counts, no database.
//
// Rule (docs/api.md, "Public statistics"): a count under MIN_COUNT is published as null, and no null can be
// worked out from the figures that are published. Two shapes occur:
// - a line of counts with its total (one month's reports by province): one linear equation, so a line with any
//   null has at least two nulls among its cells and its total;
// - a two-way table with row, column and grand totals (one month's referrals by service and outcome). Every row and
//   column is an equation. A null is recoverable exactly when it is a bridge of the graph whose vertices are the
//   table's rows and columns (totals included) and whose edges are the null cells: the unknowns can only shift by
//   amounts that go round a cycle of nulls (alternately + and −), and a bridge lies on no cycle. So every null cell
//   is put on a cycle of nulls, choosing the smallest extra cells (interior cells before totals).
// Shares and medians are published only when computed from at least MIN_COUNT reports.
export const MIN_COUNT = 5;

export type Published = number | null;

const hidden = (n: number) => n < MIN_COUNT;

export interface ProtectedLine {
  cells: Published[];
  total: Published;
}

/** Cells and their total (the total defaults to the cells' sum). */
export function protectLine(cells: readonly number[], total: number = sum(cells)): ProtectedLine {
  const out: Published[] = cells.map((n) => (hidden(n) ? null : n));
  let outTotal: Published = hidden(total) ? null : total;
  const nulls = out.filter((n) => n === null).length + (outTotal === null ? 1 : 0);
  if (nulls === 1) {
    // A single null would be the total minus the rest: hide the smallest published cell as well, else the total.
    let smallest = -1;
    for (let i = 0; i < out.length; i++) if (out[i] !== null && (smallest < 0 || cells[i]! < cells[smallest]!)) smallest = i;
    if (outTotal !== null && smallest >= 0) out[smallest] = null;
    else outTotal = null;
  }
  return { cells: out, total: outTotal };
}

export interface ProtectedTable {
  cells: Published[][];
  rowTotals: Published[];
  colTotals: Published[];
  total: Published;
}

/**
 * A rows × columns table of counts with its margins. Complementary cells are found as the cheapest path (fewest new
 * nulls, then smallest values, interior before margins) that closes a cycle through each null that is still a bridge.
 */
export function protectTable(matrix: readonly (readonly number[])[]): ProtectedTable {
  const R = matrix.length;
  const C = matrix[0]?.length ?? 0;
  // The full grid: row R holds the column totals, column C the row totals, [R][C] the grand total.
  const grid: number[][] = [];
  for (let i = 0; i <= R; i++) {
    grid.push([]);
    for (let j = 0; j <= C; j++) {
      if (i < R && j < C) grid[i]!.push(matrix[i]![j]!);
      else if (i < R) grid[i]!.push(sum(matrix[i]!));
      else if (j < C) grid[i]!.push(sum(matrix.map((row) => row[j]!)));
      else grid[i]!.push(sum(matrix.map((row) => sum(row))));
    }
  }
  const nulls = grid.map((row) => row.map(hidden));
  if (R > 0 && C > 0) {
    for (;;) {
      const bridge = findBridge(nulls);
      if (!bridge) break;
      for (const [i, j] of cheapestCycle(grid, nulls, bridge)) nulls[i]![j] = true;
    }
  }
  const pub = (i: number, j: number): Published => (nulls[i]![j] ? null : grid[i]![j]!);
  return {
    cells: matrix.map((row, i) => row.map((_, j) => pub(i, j))),
    rowTotals: matrix.map((_, i) => pub(i, C)),
    colTotals: Array.from({ length: C }, (_, j) => pub(R, j)),
    total: pub(R, C),
  };
}

/** Vertices: rows 0..R, then columns as R+1+j. Edges: the null cells. */
function neighbours(nulls: boolean[][], v: number, skip?: readonly [number, number]): number[] {
  const rows = nulls.length;
  const cols = nulls[0]!.length;
  const out: number[] = [];
  if (v < rows) {
    for (let j = 0; j < cols; j++) if (nulls[v]![j] && !(skip && skip[0] === v && skip[1] === j)) out.push(rows + j);
  } else {
    const j = v - rows;
    for (let i = 0; i < rows; i++) if (nulls[i]![j] && !(skip && skip[0] === i && skip[1] === j)) out.push(i);
  }
  return out;
}

function connected(nulls: boolean[][], from: number, to: number, skip: readonly [number, number]): boolean {
  const seen = new Set([from]);
  const stack = [from];
  while (stack.length) {
    const v = stack.pop()!;
    if (v === to) return true;
    for (const w of neighbours(nulls, v, skip)) {
      if (seen.has(w)) continue;
      seen.add(w);
      stack.push(w);
    }
  }
  return false;
}

function findBridge(nulls: boolean[][]): [number, number] | null {
  const rows = nulls.length;
  for (let i = 0; i < rows; i++)
    for (let j = 0; j < nulls[0]!.length; j++) if (nulls[i]![j] && !connected(nulls, i, rows + j, [i, j])) return [i, j];
  return null;
}

/** Dijkstra from the bridge's row to its column over every cell but the bridge: null cells are free. */
function cheapestCycle(grid: number[][], nulls: boolean[][], [bi, bj]: readonly [number, number]): [number, number][] {
  const rows = grid.length;
  const cols = grid[0]!.length;
  const n = rows + cols;
  const cost = (i: number, j: number) => (nulls[i]![j] ? 0 : 1e9 + (i === rows - 1 || j === cols - 1 ? 1e6 : 0) + grid[i]![j]!);
  const dist = new Array<number>(n).fill(Infinity);
  const prev = new Array<number>(n).fill(-1);
  const done = new Array<boolean>(n).fill(false);
  dist[bi] = 0;
  for (;;) {
    let v = -1;
    for (let k = 0; k < n; k++) if (!done[k] && dist[k]! < Infinity && (v < 0 || dist[k]! < dist[v]!)) v = k;
    if (v < 0 || v === rows + bj) break;
    done[v] = true;
    for (let w = 0; w < n; w++) {
      if (v < rows === w < rows) continue;
      const [i, j] = v < rows ? [v, w - rows] : [w, v - rows];
      if (i === bi && j === bj) continue;
      const d = dist[v]! + cost(i, j);
      if (d < dist[w]!) {
        dist[w] = d;
        prev[w] = v;
      }
    }
  }
  const path: [number, number][] = [];
  for (let w = rows + bj; prev[w]! >= 0; w = prev[w]!) {
    const v = prev[w]!;
    path.push(v < rows ? [v, w - rows] : [w, v - rows]);
  }
  return path;
}

/** A share (0..1, whole percent) only when its base holds at least MIN_COUNT reports. */
export function protectShare(part: number, base: number): Published {
  return base < MIN_COUNT ? null : Math.round((part / base) * 100) / 100;
}

/** A median only when computed from at least MIN_COUNT reports. */
export function protectMedian(value: number | null, n: number): Published {
  return n < MIN_COUNT || value === null ? null : value;
}

/**
 * The sum of figures already published, or null when any of them is null: a period's total built this way says
 * nothing the months do not, so comparing two periods can never isolate a hidden month.
 */
export function sumPublished(values: readonly Published[]): Published {
  let total = 0;
  for (const v of values) {
    if (v === null) return null;
    total += v;
  }
  return total;
}

function sum(values: readonly number[]): number {
  return values.reduce((s, v) => s + v, 0);
}
