import { labelsFor } from '../labels';
import type { DocumentInfo } from '../model';
import type { Flow } from './flow';
import { PAGE, STYLES } from './styles';

/**
 * The running header (top left) and "Side X af Y" (bottom right) on every page from `firstPage` on, as pagination
 * artifacts: a screen reader skips them. Written once the page count is known.
 */
export function drawPageFurniture(flow: Flow, info: DocumentInfo, firstPage: number): void {
  const { doc } = flow;
  const { count } = doc.bufferedPageRange();
  const pageOf = labelsFor(info.locale).pageOf;
  for (let page = firstPage; page < count; page++) {
    doc.switchToPage(page);
    flow.artifact('Pagination', () => {
      flow.drawLine(info.runningHeader, STYLES.furniture, flow.left, PAGE.headerY, flow.width);
      flow.drawLine(pageOf(page + 1, count), STYLES.furniture, flow.left, doc.page.height - PAGE.footerFromBottom, flow.width, 'right');
    });
  }
}
