import { createHash } from 'node:crypto';
import type { Correction } from '../../core/corrections/correction';
import { MQM_WEIGHTS } from '../../core/corrections/mqm';
import type { Story } from '../../core/corrections/story';
import { escapeHtml } from './escape-html';
import { markedTextHtml } from './marked-text';
import { mqmChartSvg } from './mqm-chart';
import { formatDuration, type StoryMetrics } from './story-metrics';

const STYLE = `
body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1c1c1c; }
h1 { font-size: 1.5rem; margin-bottom: 0.25rem; }
.meta { color: #555; margin-top: 0; }
dl.figures { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1.5rem; }
dl.figures dt { font-weight: bold; }
dl.figures dd { margin: 0; }
.text { white-space: pre-wrap; border: 1px solid #ccc; padding: 1rem; line-height: 1.5; font-family: Georgia, serif; }
ins { background: #d7f5dd; color: #0b5a1f; text-decoration: underline; }
del { background: #fbe0e0; color: #8a1111; text-decoration: line-through; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
th, td { border: 1px solid #ccc; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; white-space: pre-wrap; }
tr.undone td { color: #888; text-decoration: line-through; }
.note { color: #555; font-style: italic; }
`;

/** CSP hash of the one inline stylesheet: the report allows that stylesheet and nothing else (no scripts, no loads). */
const STYLE_HASH = `sha256-${createHash('sha256').update(STYLE, 'utf8').digest('base64')}`;

export const REPORT_CSP = `default-src 'none'; style-src '${STYLE_HASH}'; base-uri 'none'; form-action 'none'`;

export interface ReportContext {
  readonly exportedAt: string;
  readonly appVersion: string;
  readonly metrics: StoryMetrics;
  /** The text as exported. */
  readonly correctedText: string;
}

function percent(ratio: number): string {
  return `${(ratio * 100).toFixed(1)} %`;
}

function figures(rows: readonly (readonly [string, string])[]): string {
  return `<dl class="figures">${rows.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl>`;
}

function logTable(corrections: readonly Correction[]): string {
  if (corrections.length === 0) return '<p class="note">No corrections recorded.</p>';
  const head = ['#', 'Kind', 'Original', 'Correction', 'Rule', 'Category', 'Severity', 'Editor', 'Time', 'Undone'];
  const rows = corrections.map((c, i) => {
    const cells = [
      String(i + 1),
      c.kind === 'dismiss' ? `dismiss (${c.dismissScope ?? 'occurrence'})` : c.kind,
      c.originalText,
      c.kind === 'dismiss' ? '' : c.newText,
      c.rule ?? '',
      c.category,
      c.severity,
      c.editor,
      c.createdAt,
      c.undone ? 'yes' : '',
    ];
    return `<tr${c.undone ? ' class="undone"' : ''}>${cells.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`;
  });
  return `<table><thead><tr>${head.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/**
 * The review report: one self-contained HTML page (no scripts, no external
 * loads, a CSP that forbids both) with the story's counts, MQM score and its
 * breakdown as a chart, post-edit distance, time in review, the corrected
 * text with changes marked, and the correction log. Article text reaches the
 * page only through escapeHtml.
 */
export function htmlReport(story: Story, corrections: readonly Correction[], context: ReportContext): string {
  const { metrics } = context;
  const { mqm, postEdit, counts } = metrics;
  const marked = markedTextHtml(story.sourceText, context.correctedText);
  const title = `Review of ${story.name}`;
  const score = mqm.perThousandWords === null ? 'n/a (no words)' : `${mqm.perThousandWords.toFixed(1)} per 1000 words`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(REPORT_CSP)}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p class="meta">${escapeHtml(`Exported ${context.exportedAt} by Copydesk ${context.appVersion}${story.path ? ` from ${story.path}` : ''} (${story.encoding}); status ${story.status}.`)}</p>
<h2>Summary</h2>
${figures([
  ['Corrections', `${counts.total} recorded: ${counts.accepted} accepted, ${counts.edited} edited, ${counts.dismissed} dismissed, ${counts.undone} undone`],
  ['MQM errors', `${mqm.errors}, penalty ${mqm.penalty} points`],
  ['MQM score', score],
  ['Words in the MT', String(mqm.sourceWords)],
  ['Post-edit distance (characters)', `${postEdit.chars.distance} edits, ${percent(postEdit.chars.ratio)}${postEdit.chars.estimated ? ' (estimated)' : ''}`],
  ['Post-edit distance (words)', `${postEdit.words.edits} edits (${postEdit.words.insertions} inserted, ${postEdit.words.deletions} deleted, ${postEdit.words.substitutions} substituted), ${percent(postEdit.words.ratio)}${postEdit.words.estimated ? ' (estimated)' : ''}`],
  ['Time in review', formatDuration(metrics.reviewMs)],
])}
<h2>MQM breakdown</h2>
${mqmChartSvg(mqm)}
<p class="note">${escapeHtml(`Weights: minor ${MQM_WEIGHTS.minor}, major ${MQM_WEIGHTS.major}, critical ${MQM_WEIGHTS.critical}, minor punctuation ${MQM_WEIGHTS.minorPunctuation}. Accepted suggestions and edits count; dismissals and undone corrections do not.`)}</p>
<h2>Corrected text</h2>
${marked.marked ? '<p class="note">Inserted text is underlined, deleted MT text struck through.</p>' : '<p class="note">The texts differ too much to mark the changes; the corrected text is shown as it is.</p>'}
<div class="text">${marked.html}</div>
<h2>Correction log</h2>
${logTable(corrections)}
</body>
</html>
`;
}
