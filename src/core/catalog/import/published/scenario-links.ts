import { z } from 'zod';
import linksJson from '../../../../../assets/catalog/import/scenario-links.json';
import { domainCodes, type DomainCode } from '../../vocabulary';

const linkSchema = z.object({
  domains: z.array(z.enum(domainCodes)).min(1),
  sme: z
    .string()
    .regex(/^SME-\d{2}$/)
    .optional(),
  aliases: z.array(z.string()),
  keywords: z.array(z.string()),
});
export type ScenarioLink = z.infer<typeof linkSchema>;

/** Per scenario code: the capability domains it lifts, its SME counterpart, aliases and keywords. */
export const scenarioLinks: Readonly<Record<string, ScenarioLink>> = z
  .object({ scenarios: z.record(z.string().regex(/^(SME|IMS)-\d{2}$/), linkSchema) })
  .parse(linksJson).scenarios;

export function scenarioDomains(code: string): readonly DomainCode[] {
  return scenarioLinks[code]?.domains ?? [];
}
