import type { CreateKpiMeasurementRequest, KpiMeasurementDto } from '@/api/delivery-tracker-client';
import type { ComparedField } from '@/features/conflicts/utils/conflict';
import { dateParts, emptyDateParts, toIsoDate, type DateParts } from '@/lib/date-parts';
import { formatIsoDate } from '@/lib/format-date';

/** What the measurement form holds: text as typed, dates as their three parts. */
export type MeasurementFormValues = {
  periodLabel: string;
  periodStart: DateParts;
  periodEnd: DateParts;
  value: string;
  source: string;
  note: string;
};

export const emptyMeasurementForm: MeasurementFormValues = {
  periodLabel: '',
  periodStart: emptyDateParts,
  periodEnd: emptyDateParts,
  value: '',
  source: '',
  note: '',
};

/** The form filled from a recorded measurement, for a correction. */
export function measurementFormFrom(measurement: KpiMeasurementDto): MeasurementFormValues {
  return {
    periodLabel: measurement.periodLabel,
    periodStart: dateParts(measurement.periodStart),
    periodEnd: dateParts(measurement.periodEnd),
    value: String(measurement.value),
    source: measurement.source ?? '',
    note: measurement.note ?? '',
  };
}

/** A typed number: digits with an optional sign, decimal point and thousands commas ("1,204", "-3.5", "75"). */
const numberPattern = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?$/;

function parseValue(text: string): number | undefined | null {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const withoutPercent = trimmed.replace(/%$/, '').trim();
  if (!numberPattern.test(withoutPercent) || !/\d/.test(withoutPercent)) return null;
  return Number(withoutPercent.replaceAll(',', ''));
}

/**
 * The request the form makes, or the errors only the browser can see (a date that does not exist, a value that is not
 * a number), which the API never gets to name because they cannot be sent as JSON dates and numbers. Everything
 * else — a missing field, an end before the start, a period already recorded — the API checks and names.
 */
export function measurementRequestFrom(
  form: MeasurementFormValues,
): { request: CreateKpiMeasurementRequest & { source: string | undefined; note: string | undefined }; errors?: undefined } | { request?: undefined; errors: Record<string, string[]> } {
  const errors: Record<string, string[]> = {};
  const periodStart = toIsoDate(form.periodStart);
  const periodEnd = toIsoDate(form.periodEnd);
  const value = parseValue(form.value);
  if (periodStart === null) errors.periodStart = ['The start of the period must be a real date, for example 1 4 2020'];
  if (periodEnd === null) errors.periodEnd = ['The end of the period must be a real date, for example 30 6 2020'];
  if (value === null) errors.value = ['The value must be a number, for example 75 or 1,204'];
  if (Object.keys(errors).length > 0) return { errors };
  return {
    request: {
      periodLabel: form.periodLabel.trim(),
      periodStart: periodStart || undefined,
      periodEnd: periodEnd || undefined,
      value: value ?? undefined,
      source: form.source.trim() || undefined,
      note: form.note.trim() || undefined,
    },
  };
}

function formDate(parts: DateParts): string {
  const iso = toIsoDate(parts);
  return iso ? formatIsoDate(iso) : [parts.day, parts.month, parts.year].filter(Boolean).join('/');
}

/** The fields a correction's conflict page compares: the other person's version against what this user typed. */
export const comparedMeasurementFields: readonly ComparedField<KpiMeasurementDto, MeasurementFormValues>[] = [
  { label: 'Period', fromResource: (m) => m.periodLabel, fromForm: (f) => f.periodLabel.trim() },
  { label: 'Start of period', fromResource: (m) => formatIsoDate(m.periodStart), fromForm: (f) => formDate(f.periodStart) },
  { label: 'End of period', fromResource: (m) => formatIsoDate(m.periodEnd), fromForm: (f) => formDate(f.periodEnd) },
  { label: 'Value', fromResource: (m) => String(m.value), fromForm: (f) => f.value.trim() },
  { label: 'Source', fromResource: (m) => m.source ?? '', fromForm: (f) => f.source.trim() },
  { label: 'Note', fromResource: (m) => m.note ?? '', fromForm: (f) => f.note.trim() },
];
