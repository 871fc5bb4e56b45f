/**
 * How every view names a match against a source the user imported: it is theirs, not part of
 * the verified bundled corpus. Zod-free and tiny, so the content script can use it too.
 */
export const OWN_SOURCE_LABEL = 'your source';
/** The same label where it starts a line or a cell: "Your source". */
export const OWN_SOURCE_TITLE = OWN_SOURCE_LABEL.charAt(0).toUpperCase() + OWN_SOURCE_LABEL.slice(1);
export const OWN_SOURCE_NOTE = 'A source you imported — not part of the verified corpus';

/** True for a match (or statement) that came from the user's imported sources. */
export function isOwnSource(match: { origin?: string; flags?: readonly string[] } | null | undefined): boolean {
  return !!match && (match.origin === 'imported' || (match.flags?.includes('imported-source') ?? false));
}
