import { roundFigure } from '../output/round-figure.js';

/** The figures of one scored row that the summary needs. */
export interface SummaryInput {
  readonly points: number;
  readonly percent: number;
  readonly level: number;
  readonly pillars: readonly { readonly id: string; readonly points: number; readonly level: number }[];
  readonly size: string | undefined;
}

/** What `dbi-kit summary --format json` prints. */
export interface SummaryReport {
  readonly rows: number;
  readonly meanPoints: number;
  readonly meanPercent: number;
  /** Rows per level, every level from 0 to the highest seen, as `{ level, count }`. */
  readonly levels: readonly { readonly level: number; readonly count: number }[];
  /** Rows per size class; `unknown` counts rows without one. */
  readonly sizes: Readonly<Record<string, number>>;
  readonly pillars: readonly { readonly id: string; readonly meanPoints: number; readonly meanLevel: number }[];
}

const SIZES = ['micro', 'small', 'medium', 'large'] as const;

/**
 * Running totals over scored rows: counts per level and size class, sums per pillar. Memory
 * does not grow with the number of rows.
 */
export class ResultSummary {
  #rows = 0;
  #points = 0;
  #percent = 0;
  readonly #levels: number[] = [];
  readonly #sizes = new Map<string, number>([...SIZES, 'unknown'].map((size) => [size, 0]));
  readonly #pillars = new Map<string, { points: number; level: number }>();

  add(row: SummaryInput): void {
    this.#rows += 1;
    this.#points += row.points;
    this.#percent += row.percent;
    this.#levels[row.level] = (this.#levels[row.level] ?? 0) + 1;
    const size = row.size ?? 'unknown';
    this.#sizes.set(size, (this.#sizes.get(size) ?? 0) + 1);
    for (const pillar of row.pillars) {
      const sum = this.#pillars.get(pillar.id) ?? { points: 0, level: 0 };
      sum.points += pillar.points;
      sum.level += pillar.level;
      this.#pillars.set(pillar.id, sum);
    }
  }

  report(): SummaryReport {
    const mean = (sum: number) => (this.#rows === 0 ? 0 : roundFigure(sum / this.#rows));
    return {
      rows: this.#rows,
      meanPoints: mean(this.#points),
      meanPercent: mean(this.#percent),
      // Every DBI methodology has levels 0–5; list them all, so an empty level shows as 0 rather than vanishing.
      levels: Array.from({ length: Math.max(this.#levels.length, 6) }, (_, level) => ({ level, count: this.#levels[level] ?? 0 })),
      sizes: Object.fromEntries(this.#sizes),
      pillars: [...this.#pillars].map(([id, sum]) => ({ id, meanPoints: mean(sum.points), meanLevel: mean(sum.level) })),
    };
  }
}
