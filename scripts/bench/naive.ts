/**
 * The baseline the issue asks us to beat: compromise's full parse over everything (`nlp(text).json()`) plus a tag
 * match for tech-looking terms — what a pipeline that leans on compromise for everything would cost.
 */
import nlp from 'compromise';

const TECH_TAG_MATCH = '(#ProperNoun|#Acronym)';

export function naiveAnalyze(text: string): { terms: number; candidates: string[] } {
  const doc = nlp(text);
  const json = doc.json() as unknown[];
  const candidates = doc.match(TECH_TAG_MATCH).out('array') as string[];
  return { terms: json.length, candidates };
}
