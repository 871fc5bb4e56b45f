// British → American spelling fold, applied to BOTH quotes and sources, so that "defence"
// and "defense" meet. Because both sides are folded the same way, a rule that over-reaches
// only matters if it merges two genuinely different words — the exception lists stop those.

/** Irregular pairs no suffix rule covers (plus a few transliterations news copy varies on). */
const TABLE: Record<string, string> = {
  aeroplane: 'airplane', aluminium: 'aluminum', ageing: 'aging', amongst: 'among', whilst: 'while',
  afterwards: 'afterward', towards: 'toward', upwards: 'upward', downwards: 'downward', forwards: 'forward',
  learnt: 'learned', spelt: 'spelled', burnt: 'burned', dreamt: 'dreamed', spoilt: 'spoiled', leapt: 'leaped',
  cheque: 'check', cheques: 'checks', grey: 'gray', greys: 'grays', kerb: 'curb', tyre: 'tire', tyres: 'tires',
  plough: 'plow', ploughs: 'plows', sceptic: 'skeptic', sceptical: 'skeptical', scepticism: 'skepticism',
  programme: 'program', programmes: 'programs', judgement: 'judgment', judgements: 'judgments',
  acknowledgement: 'acknowledgment', acknowledgements: 'acknowledgments', manoeuvre: 'maneuver',
  manoeuvres: 'maneuvers', manoeuvring: 'maneuvering', manoeuvred: 'maneuvered', storey: 'story',
  draught: 'draft', mould: 'mold', moult: 'molt', pyjamas: 'pajamas', jewellery: 'jewelry', gaol: 'jail',
  practise: 'practice', practised: 'practiced', practising: 'practicing', practises: 'practices',
  licence: 'license', licences: 'licenses', pretence: 'pretense', offence: 'offense', offences: 'offenses',
  defence: 'defense', defences: 'defenses', vice: 'vice', enrol: 'enroll', enrolment: 'enrollment',
  fulfil: 'fulfill', fulfilment: 'fulfillment', instil: 'instill', distil: 'distill', appal: 'appall',
  skilful: 'skillful', wilful: 'willful', instalment: 'installment', catalogue: 'catalog', catalogues: 'catalogs',
  dialogue: 'dialog', dialogues: 'dialogs', analogue: 'analog', monologue: 'monolog', prologue: 'prolog',
  paediatric: 'pediatric', encyclopaedia: 'encyclopedia', anaesthetic: 'anesthetic', haemorrhage: 'hemorrhage',
  oestrogen: 'estrogen', foetus: 'fetus', diarrhoea: 'diarrhea', orthopaedic: 'orthopedic', mediaeval: 'medieval',
  artefact: 'artifact', artefacts: 'artifacts', axe: 'ax', sulphur: 'sulfur', doughnut: 'donut', okay: 'ok',
  kiev: 'kyiv', turkiye: 'turkey', turkiyes: 'turkeys', zelensky: 'zelenskyy', zelenskiy: 'zelenskyy', 'co-operation': 'cooperation',
  // Russian-based transliterations older or foreign reports still use for Ukrainian places.
  kharkov: 'kharkiv', odessa: 'odesa', lugansk: 'luhansk', nikolaev: 'mykolaiv', mykolayiv: 'mykolaiv',
  zaporozhye: 'zaporizhzhia', zaporizhia: 'zaporizhzhia', chernigov: 'chernihiv', dnepr: 'dnipro', lvov: 'lviv',
  donbass: 'donbas', kishinev: 'chisinau',
  'co-operate': 'cooperate', connexion: 'connection', gotten: 'got', focussed: 'focused', focussing: 'focusing',
  centre: 'center', centres: 'centers', centred: 'centered', theatre: 'theater', theatres: 'theaters',
  metre: 'meter', metres: 'meters', kilometre: 'kilometer', kilometres: 'kilometers', litre: 'liter',
  litres: 'liters', fibre: 'fiber', fibres: 'fibers', calibre: 'caliber', sombre: 'somber', spectre: 'specter',
  lustre: 'luster', sabre: 'saber', sabres: 'sabers', meagre: 'meager', sceptre: 'scepter', mitre: 'miter',
  goitre: 'goiter', lacklustre: 'lackluster', reconnoitre: 'reconnoiter', epicentre: 'epicenter',
};

/** Words ending in -ise that are spelled -ise in American English too. */
const ISE_KEEP = new Set(
  ('advise revise devise supervise televise improvise circumcise excise incise exercise otherwise likewise ' +
    'clockwise wise promise compromise surprise enterprise expertise premise franchise merchandise rise arise ' +
    'sunrise precise concise noise poise raise praise cruise bruise chemise disguise despise comprise demise ' +
    'treatise chastise advertise apprise paradise mortise anise reprise valise vise guise porpoise tortoise ' +
    'turquoise expertise upraise downside').split(' '),
);

/** Words ending in -our that are not British spellings of -or. */
const OUR_KEEP = new Set(
  'our your four hour tour pour flour sour dour contour troubadour detour amour velour devour glamour paramour scour'.split(
    ' ',
  ),
);

const ISE_SUFFIXES: Array<[string, string]> = [
  ['isations', 'izations'], ['isation', 'ization'], ['ising', 'izing'], ['ised', 'ized'], ['ises', 'izes'],
  ['iser', 'izer'], ['isers', 'izers'], ['ise', 'ize'],
];
const YSE_SUFFIXES: Array<[string, string]> = [['ysing', 'yzing'], ['ysed', 'yzed'], ['yses', 'yzes'], ['yse', 'yze']];
const OUR_SUFFIXES: Array<[string, string]> = [
  ['ourable', 'orable'], ['ouring', 'oring'], ['oured', 'ored'], ['ourite', 'orite'], ['ourites', 'orites'],
  ['ourful', 'orful'], ['ours', 'ors'], ['our', 'or'],
];
/** travelled → traveled: doubled l before -ed/-ing/-er on these stems only (not "filled"). */
const DOUBLE_L_STEMS = new Set(
  (
    'travel cancel model label fuel counsel signal level channel marshal tunnel total dial equal duel jewel libel ' +
    'marvel panel pedal quarrel rival shovel snorkel spiral swivel tassel towel unravel yodel barrel bevel'
  ).split(' '),
);

function stemOf(word: string, suffix: string): string {
  return word.slice(0, word.length - suffix.length);
}

function bySuffix(word: string, pairs: Array<[string, string]>, keep: Set<string>, keepStem: string): string | null {
  for (const [brit, amer] of pairs) {
    if (!word.endsWith(brit) || word.length < brit.length + 2) continue;
    const stem = stemOf(word, brit);
    if (keep.has(stem + keepStem) || keep.has(word)) return null;
    return stem + amer;
  }
  return null;
}

function doubledL(word: string): string | null {
  const m = /^(.+)ll(ed|ing|er|ers)$/.exec(word);
  if (!m || !DOUBLE_L_STEMS.has(m[1] + 'l')) return null;
  return `${m[1]}l${m[2]}`;
}

/** The American spelling of a lower-case word (the word itself when there is none). */
export function americanise(word: string): string {
  const fromTable = TABLE[word];
  if (fromTable !== undefined) return fromTable;
  if (word.length < 5) return word;
  return (
    bySuffix(word, ISE_SUFFIXES, ISE_KEEP, 'ise') ??
    bySuffix(word, YSE_SUFFIXES, new Set(), 'yse') ??
    bySuffix(word, OUR_SUFFIXES, OUR_KEEP, 'our') ??
    doubledL(word) ??
    word
  );
}
