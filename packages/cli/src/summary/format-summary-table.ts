import { formatCount } from '../output/format-count.js';
import { formatTable } from '../output/format-table.js';
import type { SummaryReport } from './result-summary.js';

function share(count: number, total: number): string {
  return total === 0 ? '0 %' : `${(Math.round((count / total) * 1000) / 10).toFixed(1)} %`;
}

/** The text `dbi-kit summary` prints: totals, then rows per level, per size class, and mean per pillar. */
export function formatSummaryTable(report: SummaryReport): string {
  const sections = [
    `Rows: ${formatCount(report.rows)}\nMean: ${report.meanPoints} points, ${report.meanPercent} %`,
    formatTable(
      ['level', 'rows', 'share'],
      report.levels.map(({ level, count }) => [String(level), formatCount(count), share(count, report.rows)]),
      [1, 2],
    ),
    formatTable(
      ['size', 'rows', 'share'],
      Object.entries(report.sizes).map(([size, count]) => [size, formatCount(count), share(count, report.rows)]),
      [1, 2],
    ),
  ];
  if (report.pillars.length > 0) {
    sections.push(formatTable(['pillar', 'mean points', 'mean level'], report.pillars.map((pillar) => [pillar.id, String(pillar.meanPoints), String(pillar.meanLevel)]), [1, 2]));
  }
  return `${sections.join('\n\n')}\n`;
}
