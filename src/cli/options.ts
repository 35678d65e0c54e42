import { JURISDICTION_CODES } from '../context/jurisdiction.js';
import { occupationByCode } from '../context/occupation.js';
// Parsers for option values; each throws commander's InvalidArgumentError, which becomes a one-line usage error (exit 2).
import { InvalidArgumentError } from 'commander';

export function parseCount(value: string): number {
  if (!/^[0-9]+$/.test(value)) throw new InvalidArgumentError('Expected a whole number (0 or more).');
  return Number.parseInt(value, 10);
}

/** A real calendar date written yyyy-mm-dd. */
export function parseDate(value: string): string {
  if (/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(value)) {
    const date = new Date(`${value}T00:00:00Z`);
    if (!Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value) return value;
  }
  throw new InvalidArgumentError('Expected a date written YYYY-MM-DD.');
}

/** A jurisdiction code (QC, ON, BC, CA, FR…), upper-cased, or "none" to audit without one and infer nothing. */
export function parseJurisdiction(value: string): string {
  const code = value.toUpperCase();
  if (code === 'NONE') return 'none';
  if (!(JURISDICTION_CODES as readonly string[]).includes(code)) {
    throw new InvalidArgumentError(`Expected one of ${JURISDICTION_CODES.join(', ')} or none.`);
  }
  return code;
}

/** A NOC 2021 unit group code that exists (5 digits, e.g. 65201). */
export function parseOccupation(value: string): string {
  if (!/^\d{5}$/.test(value) || !occupationByCode(value)) {
    throw new InvalidArgumentError('Expected a NOC 2021 unit group: 5 digits, such as 65201 (dishwashers).');
  }
  return value;
}
