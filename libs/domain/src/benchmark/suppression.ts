/** Cells built from fewer registrations than this are not published. */
export const SUPPRESSION_THRESHOLD = 5;

/**
 * What the public sees in place of every suppressed cell, as Danmarks Statistik shows it: ".." rather than "<5",
 * because a cell hidden to protect a small one (complementary suppression) may itself be 5 or more.
 */
export const SUPPRESSED_LABEL = '..';

/** A published count: the number, or null with suppressed = true (shown as ".."). */
export interface ProtectedCount {
  count: number | null;
  suppressed: boolean;
}

export interface DistributionCell {
  code: string;
  count: number;
}

export interface ProtectedDistribution {
  cells: (ProtectedCount & { code: string })[];
  /** Suppressed when below the threshold, when the caller said it is hidden, or when a single cell would equal it. */
  total: ProtectedCount;
}

export interface DistributionShape {
  /**
   * The total is not published: every cell is hidden, since a published cell with its share (count / share) would
   * give the total back.
   */
  totalHidden?: boolean;
  /**
   * The cells add up to at most the total, the rest (total − the cells) being counted in no published cell: the
   * inquiries without a department area, the kinds other than complaints. The rest hides with the suppressed cells.
   */
  rest?: boolean;
  threshold?: number;
}

/** Primary suppression of a single figure: a count below the threshold (zero included) is not published. */
export function protectCount(count: number, threshold = SUPPRESSION_THRESHOLD): ProtectedCount {
  return count < threshold ? { count: null, suppressed: true } : { count, suppressed: false };
}

/**
 * Whether the hidden cells of a distribution with a published total protect one another against someone who knows
 * the total, the published cells and this algorithm. The hidden cells add up to a known sum H (less the rest, if
 * any), and every hidden cell is at most the smallest published count m (small cells are below 5 ≤ m; the
 * complementary ones are taken smallest first). So a hidden cell lies in [max(0, H − (n − 1)·m), min(m, H)]: it can
 * be 0 when H ≤ (n − 1)·m (always with a rest, which is unbounded), and at least 4 when H ≥ the threshold.
 */
function protects(hiddenSum: number, hiddenCells: number, smallestPublished: number, rest: boolean, threshold: number): boolean {
  if (hiddenSum < threshold) return false;
  if (rest) return true;
  return hiddenCells >= 2 && hiddenSum <= (hiddenCells - 1) * smallestPublished;
}

/**
 * Suppresses a distribution whose total is published or derivable (from a published count and its share).
 *
 * Primary: every cell below the threshold, zeros included. Complementary: while any cell is hidden and the hidden
 * cells do not protect one another (see `protects`: their sum is at least the threshold and no hidden cell is
 * pinned by the sum and the smallest published cell), the smallest published cell is hidden too (ties: the later
 * code in the given order). A total below the threshold, or said to be hidden, hides every cell; so does a total
 * that a lone hidden cell would equal, and then the total itself must not be published either.
 */
export function suppressDistribution(cells: readonly DistributionCell[], total: number, shape: DistributionShape = {}): ProtectedDistribution {
  const threshold = shape.threshold ?? SUPPRESSION_THRESHOLD;
  const rest = shape.rest ?? false;
  const hidden = cells.map((cell) => shape.totalHidden === true || total < threshold || cell.count < threshold);
  let hiddenSum = rest ? Math.max(0, total - cells.reduce((sum, cell) => sum + cell.count, 0)) : 0;
  let hiddenCells = 0;
  cells.forEach((cell, index) => {
    if (!hidden[index]) return;
    hiddenSum += cell.count;
    hiddenCells += 1;
  });
  let totalHidden = shape.totalHidden === true || total < threshold;
  if (hiddenCells > 0 && !totalHidden) {
    for (;;) {
      let smallest = -1;
      cells.forEach((cell, index) => {
        if (!hidden[index] && (smallest < 0 || cell.count <= cells[smallest].count)) smallest = index;
      });
      const smallestPublished = smallest < 0 ? Infinity : cells[smallest].count;
      if (protects(hiddenSum, hiddenCells, smallestPublished, rest, threshold)) break;
      if (smallest < 0) {
        // Every cell hidden and still not protected: a lone cell equal to the total. Only hiding the total helps.
        totalHidden = true;
        break;
      }
      hidden[smallest] = true;
      hiddenSum += cells[smallest].count;
      hiddenCells += 1;
    }
  }
  return {
    cells: cells.map((cell, index) => (hidden[index] ? { code: cell.code, count: null, suppressed: true } : { code: cell.code, count: cell.count, suppressed: false })),
    total: totalHidden ? { count: null, suppressed: true } : { count: total, suppressed: false },
  };
}
