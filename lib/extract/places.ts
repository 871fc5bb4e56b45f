// Capitalised words that name places, regions and nationalities, never a person: "Moscow
// warned", "Stoltenberg in Berlin: “…”", "pleaded with the West: ‘…’". A city standing for a
// government ("Washington said") names no person either, so it is no speaker.

const PLACES = new Set(
  `moscow kremlin kyiv kiev washington brussels berlin paris london beijing madrid vilnius warsaw tallinn riga
  helsinki stockholm oslo copenhagen ankara istanbul rome hague bucharest budapest prague bratislava
  vienna geneva munich tokyo seoul minsk tbilisi chisinau ottawa canberra delhi tehran kharkiv odesa
  odessa mariupol bucha donbas crimea bakhmut lviv
  russia ukraine belarus china america europe asia africa west east north south
  germany france britain uk poland finland sweden norway denmark estonia latvia lithuania turkey türkiye turkiye
  hungary romania italy spain japan korea canada moldova iran pentagon elysee élysée whitehall`.split(/\s+/),
);

const MULTI_WORD_PLACES = [
  'the hague', 'new delhi', 'united states', 'united kingdom', 'european union', 'white house', 'downing street',
  'capitol hill', 'new york', 'the west',
];

export function isPlace(name: string): boolean {
  const key = name.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
  return PLACES.has(key) || MULTI_WORD_PLACES.includes(key);
}
