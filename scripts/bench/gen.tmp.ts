import { writeFileSync } from 'node:fs';
import { syntheticMinistersYaml, syntheticNotesCsv } from './synthetic-notes.ts';
const n = Number(process.argv[2]);
writeFileSync(`/tmp/s${process.argv[3]}/notes.csv`, syntheticNotesCsv(n));
writeFileSync(`/tmp/s${process.argv[3]}/ministers.yaml`, syntheticMinistersYaml());
