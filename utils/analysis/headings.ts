import type { SectionKind } from '../types';

/** What a heading announces. 'context' ("Who you are") opens a requirements area that sub-headings may refine. */
export type HeadingKind = SectionKind | 'context';

// Order matters: benefits before nice ("bonus" in "Pay & bonus"), nice before must ("Preferred qualifications").
const HEADING_RULES: ReadonlyArray<[HeadingKind, RegExp]> = [
  ['benefits', /^(?:pay|compensation|salary|benefits|perks|what we offer|we offer|our offer|why (?:join|work)|rewards|total rewards|wir bieten|was wir (?:dir |ihnen )?bieten|unser angebot|benefits|vergütung|gehalt|avantages|nous offrons|ce que nous (?:vous )?offrons|rémunération|pourquoi nous rejoindre|qué ofrecemos|que ofrecemos|ofrecemos|beneficios|salario|retribución|wat (?:wij |we )?bieden(?: wij| we)?|arbeidsvoorwaarden|salaris|cosa offriamo|offriamo|retribuzione)/u],
  ['nice', /^(?:preferred|desired|desirable|bonus|assets?|good to have|plus|(?:it(?:'|’)?s |it is )?an? (?:plus|bonus|advantage)|it(?:'|’)?s a (?:plus|bonus)|it would be (?:a plus|great)|nice[- ]to[- ]haves?|nice if|pluses|plus points|extra credit|it(?:'|’)?d be (?:great|nice)|(?:it )?would be (?:great|nice)|ideally|what (?:would )?makes? you stand out|stand out|additional qualifications|wünschenswert|von vorteil|idealerweise|pluspunkte|atouts|un plus|les plus|serait un plus|souhaité|se valorará|se valora|valorable|deseable|será un plus|even better|nice extras|mooi meegenomen|een pluspunt|pluspunten|(?:costituisce |costituiscono )?titol[oi] preferenzial[ei]|gradit[oaie]|preferibil[ei])/u],
  ['context', /^(?:who you are|about you|you (?:might|may|could|would|will) be a (?:good |great )?(?:fit|match)|you(?:'|’)re a (?:good |great )?(?:fit|match)|you are a (?:good |great )?(?:fit|match)|is this you|what we look for|we(?:'|’)d love (?:you to have|to hear from you if)|you are|your profile|your background|the ideal candidate|ideal candidate|who we(?:'|’)?re looking for|who we are looking for|what we(?:'|’)?re looking for|what we are looking for|ihr profil|dein profil|das bringst du mit|profil recherché|votre profil|ton profil|le profil|you(?:'|’)ll thrive|you will thrive|jouw profiel|je profiel|il tuo profilo|profilo)/u],
  ['must', /^(?:minimum|basic|required|key|essential|core|mandatory|must[- ]have|technical)?\s*(?:requirements?|qualifications?)\b|^(?:required |key |technical |core |relevant )?(?:skills|experience|skills (?:and|&) experience|experience (?:and|&) skills|must[- ]haves?)$|^(?:what you(?:'|’)?ll need|what you need|what you will need|what you bring|what you(?:'|’)?ll bring|what you will bring|you have|you(?:'|’)?ll have|you should have|you must have|what we expect|requirements|anforderungen|qualifikationen|voraussetzungen|was (?:du|sie) mitbringen|was du mitbringst|deine qualifikationen|ihre qualifikationen|compétences|competences|qualifications requises|prérequis|pré-requis|exigences|requisitos|requerimientos|buscamos|tu perfil|qué buscamos|que buscamos|wat vragen (?:wij|we)|wat breng je mee|functie-?eisen|requisiti|cosa cerchiamo)/u],
  ['responsibilities', /^(?:(?:you will|you(?:'|’)ll|as a [\p{L} ]{2,30},? you will)$|responsibilities|key responsibilities|your responsibilities|what you(?:'|’)?ll do|what you will do|what you(?:'|’)?ll be doing|what you will be doing|the role|your role|about the role|role overview|in this role|your mission|your impact|duties|day[- ]to[- ]day|the job|aufgaben|ihre aufgaben|deine aufgaben|dein job|deine rolle|missions|vos missions|tes missions|ce que vous ferez|le poste|descriptif du poste|votre rôle|qué harás|que harás|funciones|responsabilidades|tus funciones|tu día a día|wat ga je doen|jouw taken|je taken|di cosa ti occuperai|cosa farai|responsabilità|mansioni)/u],
  ['about', /^(?:about|who we are|the team|our team|our company|company|our mission|our story|the company|über uns|wer wir sind|das unternehmen|qui sommes[- ]nous|à propos|l(?:'|’)entreprise|la société|notre équipe|quiénes somos|quienes somos|sobre nosotros|over ons|chi siamo)/u],
];

const HEADING_TRIM = /^[\s#*•\-–—:|]+|[\s:*|]+$/gu;

/**
 * Classifies a heading's text, or null when it names nothing we know.
 * @example classifyHeading('Minimum requirements') // 'must'
 * @example classifyHeading('Preferred qualifications:') // 'nice'
 */
export function classifyHeading(heading: string): HeadingKind | null {
  return matchHeading(heading)?.kind ?? null;
}

/** The heading kind and how many characters of the (trimmed) heading the rule did not cover. */
function matchHeading(heading: string): { kind: HeadingKind; rest: number } | null {
  const h = heading.replace(HEADING_TRIM, '').toLowerCase();
  if (!h) return null;
  for (const [kind, re] of HEADING_RULES) {
    const m = re.exec(h);
    if (m) return { kind, rest: h.length - m[0].length };
  }
  return null;
}

const MAX_INFERRED_HEADING = 60;
/** An inferred heading is mostly its known name ("About the team", not "Experience leading remote teams"). */
const MAX_UNMATCHED_TAIL = 20;
const TERMINAL = /[.!?,;]$/u;

/**
 * Whether a plain line (no markup) reads as a known section heading: short, no closing stop, and a known name.
 * @example looksLikeHeading('Requirements:') // true
 * @example looksLikeHeading('Requirements are listed below and change often.') // false
 */
export function looksLikeHeading(line: string): boolean {
  const t = line.trim();
  if (!t || t.length > MAX_INFERRED_HEADING || TERMINAL.test(t)) return false;
  const m = matchHeading(t);
  return m !== null && m.rest <= MAX_UNMATCHED_TAIL;
}
