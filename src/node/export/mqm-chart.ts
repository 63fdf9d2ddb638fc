import { MQM_DIMENSIONS, type MqmDimension, type MqmScore, type MqmTally } from '../../core/corrections/mqm';
import { SEVERITIES, type Severity } from '../../core/model/finding';
import { escapeHtml } from './escape-html';

export const DIMENSION_LABELS: Readonly<Record<MqmDimension, string>> = {
  accuracy: 'Accuracy',
  fluency: 'Fluency',
  terminology: 'Terminology',
  style: 'Style',
  'locale-convention': 'Locale conventions',
};

export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = { minor: 'Minor', major: 'Major', critical: 'Critical' };

const SEVERITY_COLORS: Readonly<Record<Severity, string>> = { minor: '#c9a227', major: '#d9731a', critical: '#b3261e' };
const DIMENSION_COLOR = '#2f6f9f';

const WIDTH = 640;
const LABEL_WIDTH = 150;
const BAR_WIDTH = 300;
const ROW = 26;
const HEADING = 30;

interface Bar {
  readonly label: string;
  readonly tally: MqmTally;
  readonly color: string;
}

function points(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

function section(title: string, bars: readonly Bar[], top: number, max: number): string {
  const parts = [`<text x="0" y="${top + 18}" font-weight="bold">${escapeHtml(title)}</text>`];
  bars.forEach((bar, i) => {
    const y = top + HEADING + i * ROW;
    const width = max > 0 ? Math.max(bar.tally.penalty > 0 ? 2 : 0, Math.round((bar.tally.penalty / max) * BAR_WIDTH)) : 0;
    const value = `${bar.tally.count} error${bar.tally.count === 1 ? '' : 's'}, ${points(bar.tally.penalty)} pt`;
    parts.push(
      `<text x="0" y="${y + 16}">${escapeHtml(bar.label)}</text>`,
      `<rect x="${LABEL_WIDTH}" y="${y + 4}" width="${BAR_WIDTH}" height="16" fill="#eeeeee"/>`,
      `<rect x="${LABEL_WIDTH}" y="${y + 4}" width="${width}" height="16" fill="${bar.color}"><title>${escapeHtml(`${bar.label}: ${value}`)}</title></rect>`,
      `<text x="${LABEL_WIDTH + BAR_WIDTH + 8}" y="${y + 16}">${escapeHtml(value)}</text>`,
    );
  });
  return parts.join('');
}

/**
 * The MQM breakdown as an inline SVG bar chart: penalty points by dimension
 * and by severity, on one scale so bars compare across both. Presentation
 * attributes only (no style attributes), so the report's CSP needs no
 * 'unsafe-inline'; every label goes through escapeHtml.
 */
export function mqmChartSvg(score: MqmScore): string {
  const dimensions: Bar[] = MQM_DIMENSIONS.map((d) => ({ label: DIMENSION_LABELS[d], tally: score.byDimension[d], color: DIMENSION_COLOR }));
  const severities: Bar[] = SEVERITIES.map((s) => ({ label: SEVERITY_LABELS[s], tally: score.bySeverity[s], color: SEVERITY_COLORS[s] }));
  const max = Math.max(0, ...dimensions.map((b) => b.tally.penalty), ...severities.map((b) => b.tally.penalty));
  const secondTop = HEADING + dimensions.length * ROW + 12;
  const height = secondTop + HEADING + severities.length * ROW + 4;
  const summary = `MQM penalty ${points(score.penalty)} points from ${score.errors} error${score.errors === 1 ? '' : 's'}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${escapeHtml(summary)}" font-family="sans-serif" font-size="13">`,
    `<title>${escapeHtml(summary)}</title>`,
    section('By dimension', dimensions, 0, max),
    section('By severity', severities, secondTop, max),
    '</svg>',
  ].join('');
}
