import { useId } from 'react';
import type { TableBlock } from '../data/schema';
import { RichText } from './RichText';
import { columnAlignments } from './tableLayout';

/**
 * A data table with its caption, header row and/or column and aligned figures. Wide tables scroll
 * sideways inside their own box, which keyboard users can focus and scroll, named by the caption.
 */
export function Table({ table }: { table: TableBlock }) {
  const captionId = useId();
  const align = columnAlignments(table);
  const headerRow = table.header === 'row' || table.header === 'both';
  const headerColumn = table.header === 'column' || table.header === 'both';
  const [first, ...rest] = table.rows;
  const bodyRows = headerRow ? rest : table.rows;
  const className = (column: number) => `table__cell table__cell--${align[column] ?? 'start'}`;
  return (
    // A <section> named by the caption is a region: a scrolling one must be focusable to be scrolled by keyboard (WCAG 2.1.1).
    // biome-ignore lint/a11y/noNoninteractiveTabindex: see above
    <section className="table-scroll" aria-labelledby={captionId} tabIndex={0}>
      <table className="table">
        <caption id={captionId}>
          <RichText text={table.caption} />
        </caption>
        {headerRow && first && (
          <thead>
            <tr>
              {first.map((cell, column) => (
                <th key={column} scope="col" className={className(column)}>
                  <RichText text={cell} />
                </th>
              ))}
            </tr>
          </thead>
        )}
        <tbody>
          {bodyRows.map((row, i) => (
            <tr key={i}>
              {row.map((cell, column) =>
                column === 0 && headerColumn ? (
                  <th key={column} scope="row" className={className(column)}>
                    <RichText text={cell} />
                  </th>
                ) : (
                  <td key={column} className={className(column)}>
                    <RichText text={cell} />
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
