// Internal span record shared by the detection passes before speakers and kinds are assigned.

export type SpanOrigin =
  | 'marks' // an opening and a closing mark
  | 'unclosed' // opening mark, no closing mark before the paragraph (or the next quote) ends
  | 'recovered' // closing mark only: the sentence before it
  | 'continued' // one paragraph of a multi-paragraph quote
  | 'pull' // a pull quote without marks, followed by a name line
  | 'transcript' // a paragraph after a speaker label ("SECRETARY BLINKEN:")
  | 'region' // marked up by the page as an inline quotation (<q>)
  | 'blockquote'; // a paragraph of a <blockquote>

export interface RawSpan {
  /** Quoted words [start, end) in the input. */
  start: number;
  end: number;
  /** Positions of the enclosing marks, -1 when absent. */
  open: number;
  close: number;
  origin: SpanOrigin;
  /** Paragraphs of one multi-paragraph quote or transcript turn share a chain id. */
  chain?: number;
  /** Speaker fixed by the page's structure (label, name line, cite), as written. */
  presetSpeaker?: string;
}
