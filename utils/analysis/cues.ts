// All cues match LOWER-CASED text (see lower.ts).

/** Phrase cues that turn a requirement into a nice-to-have, wherever it sits. */
export const NICE_CUE = /(?<![\p{L}])(?:a plus|a big plus|a huge plus|is a bonus|are a bonus|a bonus|bonus points|preferred|preferably|nice[- ]to[- ]have|ideally|would be (?:great|nice|a plus|an advantage)|is desirable|desirable|desired|an advantage|advantageous|good to have|(?:is|are|would be|will be|considered) an? (?:asset|advantage)|an asset|wünschenswert|von vorteil|idealerweise|ein plus|un plus|idéalement|apprécié(?:e|s)?|souhaité(?:e|s)?|serait un atout|un atout|se valorará|valorable|deseable|será un plus)(?![\p{L}])/u;

/** Nice cues that only qualify part of an item ("6+ years, ideally in B2B") unless they open it ("Ideally, you…"). */
export const PARTIAL_NICE = /^(?:ideally|preferably|idealerweise|idéalement)$/u;

/** Sentences about the list rather than in it ("If you meet these requirements, apply"). */
export const META_CUE = /(?:(?:the|these|our|minimum|preferred) (?:minimum |preferred |basic )?(?:requirements|qualifications)|encouraged to apply|to be considered|apply even if|don(?:'|’)t meet|do not meet|equal opportunity|we(?:'|’)re looking for someone who)/u;

/** Words that make a free-standing sentence read as a requirement (used where no heading says so). */
export const REQUIREMENT_CUE = /(?<![\p{L}])(?:experience|years|proficien\p{L}*|knowledge|familiar\p{L}*|understanding|degree|background|skills?|ability to|able to|you have|you bring|you(?:'|’)ve|must|required|fluent|fluency|expertise|track record|erfahrung|kenntnisse|abschluss|expérience|maîtrise|connaissances?|diplôme|experiencia|conocimientos?|dominio|titulación)(?![\p{L}])/u;

/** Sentences that only introduce a list ("You will need:"). */
export const INTRO_LINE = /:\s*$/u;

/** A present-tense sentence about the reader ("You write clearly", "You're comfortable with SQL"), not "You will join". */
export const READER_CUE = /^you(?:(?:'|’)re\s|\s+(?!(?:will|would|may|might|can expect|get|join|report|work with|are welcome|should apply)\b)\p{L})/u;
