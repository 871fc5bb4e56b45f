/** Comparing names as transcripts write them ("NAUSEDA", "Nausėda", "STØRE"). */

/** Lower-case, accent-free tokens, for comparing "NAUSEDA" with "Nausėda". */
export function nameTokens(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ø/giu, 'o')
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
}

/** Every name part after the first, without suffixes: what a label like "PRESIDENT NAUSEDA" uses. */
export function surnames(person: string): string[] {
  const tokens = nameTokens(person);
  return tokens.slice(1).filter((t) => t.length > 2 && !/^(?:jr|sr|ii|iii|iv)$/.test(t));
}

/** A header speaker that is a person ("Joe Biden"), not a group ("BBC reporter"). */
export function isPersonName(name: string): boolean {
  return /^\p{Lu}/u.test(name) && !/\p{Ll}\s+\p{Ll}/u.test(name) && !/journalist|reporter/iu.test(name);
}

/** "FOREIGN MINISTER" → "Foreign Minister", keeping NATO/US/EU in capitals. */
export function titleCase(text: string): string {
  return text
    .toLowerCase()
    .replace(/(^|[\s\-(])(\p{L})/gu, (_m, pre: string, c: string) => pre + c.toUpperCase())
    .replace(/\b(Of|The|And|For)\b/g, (w) => w.toLowerCase())
    .replace(/\b(Nato|Us|Uk|Eu|Un)\b/g, (w) => w.toUpperCase());
}

