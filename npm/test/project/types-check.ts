// Type-checked by tsc against the installed package (package.test.mjs): the entries' types
// resolve through `exports`, and the analysis is typed.
import { analyze, analyzeJson, type Analysis, type Entity } from 'newslens';
import * as worker from 'newslens/worker';

const a: Analysis = analyze('Mayor Jane Doe said on Monday.', { referenceDate: '2024-05-03', offsets: 'chars' });
const people: Entity[] = a.entities.filter((e) => e.kind === 'person');
const json: string = analyzeJson('text');
const later: Promise<Analysis> = worker.analyze('text', { offsets: 'utf16' });
export { people, json, later };
