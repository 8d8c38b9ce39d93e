import { readFileSync } from 'node:fs';

/**
 * The demo plan's data file (api/Data/Seed/demo-plan.json), which the API loads on first start: tests take counts and
 * names from it rather than writing them down, so a corrected row in the file needs no change here.
 */
interface DemoPlanFile {
  themes: { code: string; title: string; objectives: { title: string; actions: { reference: string }[] }[] }[];
}

export const demoPlanFile: DemoPlanFile = JSON.parse(
  readFileSync(new URL('../../api/Data/Seed/demo-plan.json', import.meta.url), 'utf-8'),
) as DemoPlanFile;
