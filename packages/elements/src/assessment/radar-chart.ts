import { svg, type SVGTemplateResult } from 'lit';

/** One spoke of a radar chart: its label and its value as a share of the maximum (0–1). */
export interface RadarAxis {
  label: string;
  value: number;
}

const RADIUS = 100;
const LABEL_RADIUS = 114;
const RINGS = [0.2, 0.4, 0.6, 0.8, 1];
const LINE_CHARS = 15;
const LINE_HEIGHT = 13;

const round = (n: number) => Math.round(n * 100) / 100;

/** The point at `share` of `radius` on spoke `index` of `count`, the first spoke pointing up. */
function point(index: number, count: number, share: number, radius = RADIUS): [number, number] {
  const angle = (2 * Math.PI * index) / count - Math.PI / 2;
  return [round(Math.cos(angle) * radius * share), round(Math.sin(angle) * radius * share)];
}

const polygon = (count: number, shares: (i: number) => number) =>
  Array.from({ length: count }, (_, i) => point(i, count, shares(i)).join(',')).join(' ');

/** Breaks a label into lines of about {@link LINE_CHARS} characters at spaces. */
export function wrapLabel(label: string, width = LINE_CHARS): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/u).filter(Boolean)) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last]!.length + 1 + word.length <= width) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}

function label(axis: RadarAxis, index: number, count: number): SVGTemplateResult {
  const [x, y] = point(index, count, 1, LABEL_RADIUS);
  const anchor = Math.abs(x) < 1 ? 'middle' : x > 0 ? 'start' : 'end';
  const lines = wrapLabel(axis.label);
  // Labels above the centre grow upwards, labels below grow downwards, so none covers the chart.
  const firstY = y < -1 ? y - (lines.length - 1) * LINE_HEIGHT : y > 1 ? y + LINE_HEIGHT * 0.7 : y - ((lines.length - 1) * LINE_HEIGHT) / 2;
  return svg`<text class="radar-label" text-anchor=${anchor} x=${x} y=${round(firstY)}>${lines.map(
    (line, i) => svg`<tspan x=${x} dy=${i === 0 ? 0 : LINE_HEIGHT}>${line}</tspan>`,
  )}</text>`;
}

/**
 * A radar (spider) chart of shares between 0 and 1, drawn as plain SVG: rings at every fifth,
 * one spoke per axis, the filled shape of the values and a dot on each. Colours come from the
 * classes `radar-ring`, `radar-spoke`, `radar-shape`, `radar-dot` and `radar-label`, so the
 * chart follows the element's theme, prints, and needs no inline style.
 *
 * The chart is decorative for assistive technology (`aria-hidden`): the same figures are
 * always shown as text beside it.
 */
export function radarChart(axes: readonly RadarAxis[]): SVGTemplateResult {
  const count = axes.length;
  const clamp = (v: number) => Math.min(1, Math.max(0, Number.isFinite(v) ? v : 0));
  return svg`<svg class="radar" part="radar" viewBox="-200 -160 400 320" aria-hidden="true" focusable="false">
    ${RINGS.map((ring) => svg`<polygon class="radar-ring" points=${polygon(count, () => ring)}></polygon>`)}
    ${axes.map((_, i) => {
      const [x, y] = point(i, count, 1);
      return svg`<line class="radar-spoke" x1="0" y1="0" x2=${x} y2=${y}></line>`;
    })}
    <polygon class="radar-shape" points=${polygon(count, (i) => clamp(axes[i]!.value))}></polygon>
    ${axes.map((axis, i) => {
      const [x, y] = point(i, count, clamp(axis.value));
      return svg`<circle class="radar-dot" cx=${x} cy=${y} r="3.5"></circle>`;
    })}
    ${axes.map((axis, i) => label(axis, i, count))}
  </svg>`;
}
