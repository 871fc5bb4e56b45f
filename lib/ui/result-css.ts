/**
 * Styles for renderMatch() output, shared by the in-page card (inside its shadow root, so page
 * CSS cannot reach it) and the popup. Verdict colours come from VERDICT_STYLES.
 */
import { MISATTRIBUTED_STYLE, VERDICT_ORDER, VERDICT_STYLES } from './verdict';

const verdictRules = VERDICT_ORDER.map((v) => {
  const s = VERDICT_STYLES[v];
  return `.vb-v-${v} .vb-badge { background: ${s.colour}; }
.vb-v-${v} { --vb-accent: ${s.colour}; --vb-tint: ${s.tint}; }`;
}).join('\n');

export const RESULT_CSS = `
.vb-result { font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; }
.vb-head { display: flex; align-items: center; gap: 8px; flex-wrap: wrap; margin-bottom: 6px; }
.vb-badge { color: #fff; font-weight: 600; border-radius: 999px; padding: 1px 9px; font-size: 12px; letter-spacing: .01em; }
.vb-score { font-weight: 600; color: var(--vb-accent, #3c4043); font-variant-numeric: tabular-nums; }
.vb-flag { font-size: 11px; color: #57606a; border: 1px solid #d0d7de; border-radius: 4px; padding: 0 5px; }
/* The user's own source: stands out from the neutral flags, so it is never read as the verified corpus. */
.vb-own { color: #1f2328; background: #f6f8fa; font-weight: 600; }
.vb-warn { margin: 6px 0; padding: 6px 8px; border-left: 3px solid ${MISATTRIBUTED_STYLE.colour}; background: #fbeff7; color: #5c0a44; border-radius: 0 4px 4px 0; }
.vb-note { margin: 4px 0; color: #57606a; }
.vb-source { margin: 6px 0; }
.vb-source-line { font-weight: 600; }
.vb-event { display: block; color: #0550ae; text-decoration: underline; text-underline-offset: 2px; overflow-wrap: anywhere; }
.vb-label { margin-top: 8px; font-size: 11px; text-transform: uppercase; letter-spacing: .04em; color: #57606a; }
.vb-diff { margin: 4px 0; }
.vb-diff ins { background: #ffe3c2; color: #6a2700; text-decoration: underline; text-decoration-thickness: 2px; }
.vb-diff del { background: #e8e8e8; color: #57606a; text-decoration: line-through; }
.vb-context, .vb-quote { margin: 4px 0; padding: 6px 8px; border-left: 3px solid var(--vb-accent, #8c959f); background: #f6f8fa; border-radius: 0 4px 4px 0; }
.vb-around { color: #57606a; }
.vb-matched { background: var(--vb-tint, #fff3b0); color: inherit; }
${verdictRules}
`;
