// Words that mark a job posting, shared by the cheap gate and the text heuristics. English, German, French, plus
// the commonest headings in Spanish, Portuguese, Italian and Dutch.

/** Section headings of a posting, by category. Matched against a whole (short) heading, not any sentence. */
export const HEADING_CUES: Record<string, RegExp> = {
  duties:
    /^(?:your |key |main |core |the |job |role )?(?:responsibilities|duties|tasks|missions?(?: principales)?)\b|^what (?:you(?:'|’)?ll|you will) (?:do|be doing|work on|own)|^(?:in|about) (?:this|the) (?:role|job|position)|^(?:(?:the )?scope(?: of (?:the )?(?:work|role))?$|the role|the work|the opportunity|your (?:role|mission|impact)|(?:key )?accountabilities|a day in the life|day[- ]to[- ]day)|^(?:ihre|deine|deine zukünftigen|ihre zukünftigen)? ?aufgaben|^das erwartet (?:dich|sie)|^(?:vos|tes) missions|^(?:descriptif|description) du poste|^le poste|^votre rôle|^(?:qué harás|tus funciones|funciones|(?:tus |principales )?responsabilidades|o que (?:você )?vai fazer|cosa farai|di cosa ti occuperai|mansioni|responsabilità|wat ga je doen|(?:jouw )?taken)/i,
  needs:
    /^(?:minimum |basic |required |key |your |our |job |desired |must[- ]have )?(?:requirements|qualifications|skills(?: (?:and|&) experience)?|experience)\b|^(?:what|who) (?:you(?:'|’)?ll need|you need|you bring|we(?:'|’)?re looking for|we are looking for|you are)|^about you|^your (?:profile|background)|^you(?: will|(?:'|’)ll) need|^what you(?:'|’)?ll bring|^who we(?:'|’)?re looking for|^(?:essentials?|essential (?:skills|criteria|requirements|experience))\b|^(?:key|required|core) skills|^ideally,? you|^to be successful|^you(?:'|’)?ll thrive|^you might be a (?:good )?fit|^you (?:have|bring|are)|^must[- ]haves?|^(?:ihr|dein) profil|^anforderungen|^was (?:du|sie) mitbring(?:st|en)|^qualifikationen|^profil recherché|^(?:votre|ton) profil|^compétences|^prérequis|^(?:requisitos|qué buscamos|(?:tu )?perfil|qualificações|requisiti|cosa cerchiamo|il tuo profilo|wat vragen wij|functie-eisen|jouw profiel|wie ben jij)/i,
  nice: /^(?:nice[- ]to[- ]haves?|good[- ]to[- ]haves?|desirable|preferred|bonus(?: points)?|extra points|even better|pluspunkte|wünschenswert|atouts?|un plus)\b|^(?:se valorará|valorable|deseable|diferenciais|costituisce un plus|costituisc(?:e|ono) titol[oi] preferenzial[ei]|pré)/i,
  offer:
    /^(?:benefits|perks|compensation|salary|pay(?: range)?|what we offer|we offer|why (?:join|work)|our offer|wir bieten|was wir bieten|unser angebot|(?:deine|ihre) vorteile|avantages|ce que nous (?:offrons|proposons)|rémunération|salaire|gehalt|(?:day |hourly |pay )?rate)\b|^(?:qué ofrecemos|ofrecemos|beneficios|benefícios|o que oferecemos|cosa offriamo|offriamo|wat bieden wij|wij bieden)/i,
};

/** Apply actions (link or button text). */
export const APPLY_RE =
  /^(?:apply|apply now|apply (?:for|to) this (?:job|position|role)|easy apply|submit (?:your )?application|jetzt bewerben|bewerben|jetzt online bewerben|postuler|candidater|je postule|inscribirme|aplicar|postúlate|candidatar-me|candidatati|solliciteer(?: nu)?)(?:\s*[→›»>!])?$/i;

/** "5+ years of experience", "3–5 years' experience", "Berufserfahrung", "ans d'expérience". */
export const EXPERIENCE_RE =
  /\b\d{1,2}\+?\s*(?:[-–]|to)?\s*(?:\d{1,2}\s*)?\+?\s*years?(?:['’])?\s+(?:of\s+)?(?:[\w-]+\s+){0,3}experience|\b\d{1,2}\+\s*years? as an? |\b\d{1,2}\+?\s*(?:jahre?|jährige)\w*\s+(?:\w+\s+){0,2}(?:berufs)?erfahrung|berufserfahrung|\b\d{1,2}\s*ans? (?:d['’]|minimum d['’])expérience|\b\d{1,2}\s*anni di esperienza|\b\d{1,2}\s*jaar (?:werk)?ervaring/i;

export const EMPLOYMENT_RE = /\b(?:full[- ]?time|part[- ]?time|\d{1,2}[- ]months?(?: fixed[- ]term)? contract|freelance|internship|tempo (?:pieno|indeterminato|determinato)|permanent|vollzeit|teilzeit|festanstellung|temps plein|CDI|CDD)\b/i;

