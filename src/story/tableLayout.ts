import type { Inline, TableBlock } from '../data/schema';
import { plainText } from '../data/storyText';

export type CellAlign = 'start' | 'center' | 'end' | 'numeric';

/**
 * A number as tables print them: signs, currency, thousands separators, decimals, percentages,
 * units of a letter or two, footnote marks. A dash or an empty cell means "no figure".
 */
const NUMBER = /^[(+\-−]?\s*[$€£¥₹]?\s*\d[\d,.\s\u00a0\u202f']*(?:%|[a-zA-Zµ]{1,3})?\)?\*?$/;
const NO_FIGURE = /^(?:|[-–—]|n\/a)$/i;

const cellText = (cell: string | Inline[]): string => plainText(cell).trim();

/**
 * How each column is aligned: as the publisher says, or by its cells: a column whose body cells are
 * all figures (at least one) is aligned as numbers, so their digits line up.
 */
export function columnAlignments(table: Pick<TableBlock, 'rows' | 'header' | 'align'>): CellAlign[] {
  const width = table.rows[0]?.length ?? 0;
  if (table.align) return table.align;
  const bodyRows = table.header === 'row' || table.header === 'both' ? table.rows.slice(1) : table.rows;
  return Array.from({ length: width }, (_, column) => {
    if (column === 0 && (table.header === 'column' || table.header === 'both')) return 'start';
    const texts = bodyRows.map((row) => cellText(row[column] ?? ''));
    const figures = texts.filter((text) => !NO_FIGURE.test(text));
    return figures.length > 0 && figures.every((text) => NUMBER.test(text)) ? 'numeric' : 'start';
  });
}
