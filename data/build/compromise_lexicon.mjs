// Prints one tag's words from the lexicon of the npm package `compromise` (MIT, Spencer
// Kelly), one per line: `node data/build/compromise_lexicon.mjs LastName`. The lexicon is
// stored packed with `efrt` (MIT, same author), which unpacks it. Used by people.py.
import data from '../../node_modules/compromise/src/2-two/preTagger/model/lexicon/_data.js';
import { unpack } from '../../node_modules/efrt/src/index.js';

const tag = process.argv[2];
if (!data[tag]) {
  console.error(`no tag ${tag} in the compromise lexicon`);
  process.exit(1);
}
for (const word of Object.keys(unpack(data[tag])).sort()) console.log(word);
