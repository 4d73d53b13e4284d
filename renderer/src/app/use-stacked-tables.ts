import { useEffect, type RefObject } from 'react';

/** Gives every body cell of a `.ledger-table` its column's heading as `data-label`. */
export function labelTableCells(root: ParentNode): void {
  for (const table of root.querySelectorAll<HTMLTableElement>('table.ledger-table')) {
    const headings = [...(table.tHead?.rows[0]?.cells ?? [])].flatMap((cell) => Array<string>(cell.colSpan).fill(cell.textContent?.trim() ?? ''));
    for (const body of table.tBodies) {
      for (const row of body.rows) {
        let column = 0;
        for (const cell of row.cells) {
          const label = headings[column] ?? '';
          if (cell.dataset['label'] !== label) cell.dataset['label'] = label;
          column += cell.colSpan;
        }
      }
    }
  }
}

/**
 * On a narrow window every `.ledger-table` is drawn as a stack of cards, one
 * per row, each value under its column's heading (app.css reads the
 * `data-label` this keeps up to date). Any screen's table gets it by its class
 * alone, as the rows come and go.
 */
export function useStackedTables(container: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = container.current;
    if (root === null) return undefined;
    let frame = 0;
    const schedule = () => {
      if (frame !== 0) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        labelTableCells(root);
      });
    };
    labelTableCells(root);
    const observer = new MutationObserver(schedule);
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [container]);
}
