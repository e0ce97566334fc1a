/** Cells built from fewer registrations than this are published as "<5". */
export const SUPPRESSION_THRESHOLD = 5;

/** A published count: the number, or null with suppressed = true ("<5"). */
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
  total: ProtectedCount;
}

/** Primary suppression of a single figure: a count below the threshold (zero included) is not published. */
export function protectCount(count: number, threshold = SUPPRESSION_THRESHOLD): ProtectedCount {
  return count < threshold ? { count: null, suppressed: true } : { count, suppressed: false };
}

/**
 * Suppresses a distribution whose total is published (or derivable from a published count and its share).
 *
 * Primary: every cell below the threshold, zeros included. Complementary: the suppressed cells together are
 * total − (published cells), so while they add up to more than 0 and less than the threshold (in particular when
 * exactly one non-zero cell is suppressed) the smallest published cell is suppressed too (ties: the later code in
 * the given order). Then no suppressed cell can be recovered from the total, and the suppressed cells together are
 * never a small number either. A total below the threshold is itself suppressed (and so is every cell).
 */
export function suppressDistribution(cells: readonly DistributionCell[], total: number, threshold = SUPPRESSION_THRESHOLD): ProtectedDistribution {
  const suppressed = new Set<number>();
  cells.forEach((cell, index) => {
    if (cell.count < threshold) suppressed.add(index);
  });
  const hiddenSum = () => [...suppressed].reduce((sum, index) => sum + cells[index].count, 0);
  while (hiddenSum() > 0 && hiddenSum() < threshold) {
    let smallest = -1;
    cells.forEach((cell, index) => {
      if (!suppressed.has(index) && (smallest < 0 || cell.count <= cells[smallest].count)) smallest = index;
    });
    if (smallest < 0) break;
    suppressed.add(smallest);
  }
  return {
    cells: cells.map((cell, index) => (suppressed.has(index) ? { code: cell.code, count: null, suppressed: true } : { code: cell.code, count: cell.count, suppressed: false })),
    total: protectCount(total, threshold),
  };
}
