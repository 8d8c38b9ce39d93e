import type { ReactNode } from 'react';

export type TableColumn<Row> = {
  /** Stable key for the column. */
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Right-aligns a column of numbers (`govuk-table__header--numeric`). */
  numeric?: boolean;
  /** Extra classes for the column's cells and header, e.g. a `govuk-!-width-one-quarter` width override. */
  className?: string;
  /** Renders the column's cells as row headers (`<th scope="row">`). */
  rowHeader?: boolean;
};

type TableProps<Row> = {
  caption: ReactNode;
  /** Hides the caption visually; it is still read out and names the table. */
  captionHidden?: boolean;
  captionSize?: 's' | 'm' | 'l' | 'xl';
  columns: TableColumn<Row>[];
  rows: readonly Row[];
  getRowKey: (row: Row) => string;
  className?: string;
};

/** GOV.UK table (`govuk-table`) with a caption, column headers and one row per item. */
export function Table<Row>({ caption, captionHidden, captionSize = 'm', columns, rows, getRowKey, className }: TableProps<Row>) {
  const captionClass = captionHidden ? 'govuk-table__caption govuk-visually-hidden' : `govuk-table__caption govuk-table__caption--${captionSize}`;
  return (
    <table className={['govuk-table', className].filter(Boolean).join(' ')}>
      <caption className={captionClass}>{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {columns.map((column) => (
            <th
              key={column.key}
              scope="col"
              className={['govuk-table__header', column.numeric ? 'govuk-table__header--numeric' : '', column.className ?? '']
                .filter(Boolean)
                .join(' ')}
            >
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((row) => (
          <tr key={getRowKey(row)} className="govuk-table__row">
            {columns.map((column) => {
              if (column.rowHeader) {
                return (
                  <th key={column.key} scope="row" className={['govuk-table__header', column.className ?? ''].filter(Boolean).join(' ')}>
                    {column.cell(row)}
                  </th>
                );
              }
              const classes = ['govuk-table__cell', column.numeric ? 'govuk-table__cell--numeric' : '', column.className ?? ''];
              return (
                <td key={column.key} className={classes.filter(Boolean).join(' ')}>
                  {column.cell(row)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
