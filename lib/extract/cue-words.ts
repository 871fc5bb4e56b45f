// Cue verbs that report speech, and the small words allowed between a subject and its verb.

const VERBS = `said says say saying told tells telling added adds adding warned warns warning stressed stresses
stressing noted noting urged urges urging insisted insists insisting declared declares declaring wrote writes writing
tweeted tweets tweeting posted explained explains explaining continued continues argued argues arguing claimed
claiming asserted asserts asserting announced announces announcing acknowledged acknowledges admitted admits replied
replies responded responds answered answers asked asks recalled recalls remarked observed emphasised emphasized
emphasises emphasizes emphasising emphasizing underlined underlines underscored underscores reiterated reiterates
reiterating described describes describing called calls calling promised promises promising pledged pledges vowed
vows concluded cautioned cautions predicted suggested suggests conceded commented stated affirmed reaffirmed
reaffirms accused accuses confirmed confirms indicated indicates pointed recounted joked boasted complained demanded
proclaimed repeated mentioned quipped shouted whispered testified agreed dismissed dismisses dismissing
estimated denounced denounces hailed hails pleaded pleads thanked praised criticised criticized deplored
lamented retorted countered contended maintained`;

/** Longest alternatives first so "according to" wins over shorter words. */
// ASCII word boundaries (no unicode flag) keep this scan fast on megabyte pages.
export const CUE_RE = new RegExp(String.raw`\b(?:according to|in a statement|put it|${[...new Set(VERBS.split(/\s+/))].join('|')})\b(?!['’-])`, 'gi');

/** Verbs whose subject may follow them ("said Stoltenberg", "according to the NATO chief"). */
export const INVERTIBLE = new Set([
  'put it', 'said', 'says', 'added', 'adds', 'wrote', 'writes', 'continued', 'explained', 'asked', 'according to', 'told', 'tweeted',
  'warned', 'noted', 'insisted', 'stressed', 'declared', 'replied', 'answered', 'estimated', 'argued', 'concluded', 'recalled',
  'retorted', 'countered', 'remarked', 'observed', 'urged', 'promised', 'admitted', 'conceded',
  'argues', 'insists', 'warns', 'notes', 'explains', 'concludes', 'observes', 'stresses', 'recalls', 'tells',
]);

/** -ing forms take the subject of the sentence ("Stoltenberg …, warning that…"). */
export function isParticiple(verb: string): boolean {
  return /ing$/i.test(verb);
}

/** Words that may stand between a subject and its cue verb ("Stoltenberg on Thursday also said"). */
export const BETWEEN_SUBJECT_AND_VERB = new Set(
  `also then later recently previously has have had was were is once again further earlier repeatedly reportedly on in
  monday tuesday wednesday thursday friday saturday sunday today yesterday tonight separately similarly however
  himself herself themselves first already just personally publicly privately explicitly quickly simply clearly
  directly openly now would will could may might last week this morning evening afternoon night went had
  has been had once more emphatically bluntly flatly repeatedly for his her their part turn`.split(/\s+/),
);

/** Naming words before a quoted term ("the so-called “…”", "dubbed “…”"). */
export const NAMING_BEFORE_RE = /(?:so-called|so called|dubbed|known as|termed|named|titled|entitled|nicknamed|branded|labelled|labeled|the word|the words|the term|the phrase|the slogan|the hashtag|the film|the book|the song|the series|the show|the novel|the album|the programme|the program|the operation|the campaign|is called|are called|was called|were called|dubbed it)\s*$/i;
