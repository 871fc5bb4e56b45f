// A speaker named by the page's structure (transcript label, name line, cite) → claimed speaker.
import { canonicalSpeaker } from './aliases';
import { cleanName, type NameRegistry } from './names';

function titleCase(label: string): string {
  return label.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** Transcript labels for people the page does not name. */
const UNNAMED_LABELS = /^(?:q|a|question|questions|answer|moderator|participant|operator|reporter|journalist|audience member|audience|staff|official|senior (?:state department|administration) official|interpreter|unidentified)$/i;

export function speakerFromLabel(label: string, registry: NameRegistry, pos: number): string | null {
  if (UNNAMED_LABELS.test(label.trim())) return null;
  const canonical = canonicalSpeaker(label);
  if (canonical) return canonical;
  const written = label === label.toUpperCase() ? titleCase(label) : label;
  const name = cleanName(written) || written;
  return registry.widen(name, pos);
}
