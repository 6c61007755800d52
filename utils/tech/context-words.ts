/** Word lists behind the context rules for ambiguous tech names. All lowercase. */

const set = (words: string): ReadonlySet<string> => new Set(words.split(' '));

// The "before" rules read the ~48 characters before the name on the same line (lowercased).

/** Strong cues, enough even for person- or place-like names (Ruby, Julia, Cypress). */
export const STRONG_CUE_BEFORE =
  /(?:experience (?:in|with|using)|tests? (?:in|with)|proficien(?:t|cy) (?:in|with)|knowledge of|understanding of|written in|(?:programming|coding|code|develop(?:ing)?|build(?:ing)?|built|expertise|expert|skilled|skills|background|fluen(?:t|cy)|hands-on) (?:in|with)|work(?:ing)? in|familiar(?:ity)? with|comfortable with|such as|e\.g\.,?|i\.e\.,?|using|including|like|(?:stack|languages?|technolog(?:y|ies)|tools|tooling|frameworks?|databases?|skills|platforms?)\s*:)\s*\(?$/;
/**
 * Weaker cues, enough for names that are English words but not names of people or places (Go, Rust, Helm):
 * prepositions ("in Go"), a colon ("What we use: Go"), verbs of use, and quality words ("Some Rust", "idiomatic Go").
 * French, German and Spanish prepositions too ("scripts en Bash", "mit Go").
 */
export const CUE_BEFORE =
  /(?:^|[^a-z])(?:in|with|via|on|en|de|avec|mit|con|[a-z]+:|use|uses|used|know|learn(?:ing)?|writ(?:e|es|ing)|leverag(?:e|ing)|adopt(?:ing)?|migrat(?:e|ing) to|ideally|preferably|especially|mainly|primarily|some|any|basic|solid|strong|good|deep|modern|idiomatic|advanced|professional|production|excellent|proven)\s*\(?$/;
/** Words right before the name that make it something else: "let Go", "vitamin C", "Plan C", "meet Julia". */
export const VETO_BEFORE =
  /(?:^|[^a-z])(?:let|let['’]s|lets|hong|ready|vitamin|series|plan|grade|class|level|tier|section|appendix|option|part|round|type|model|mr\.?|ms\.?|mrs\.?|dr\.?|miss|dear|meet|ask|contact|thanks|thank|hi|hello|hey|sister|brother|named|called|based in|located in|offices? in|near|city of|moved to|relocat(?:e|ing) to|headquartered in|hq in|visit|welcome to)\s*$/;
/** Season names take a few more: "this Spring", "by Spring". */
export const SEASON_NAMES = new Set(['spring']);
export const SEASON_BEFORE = /(?:^|[^a-z])(?:this|next|last|early|late|mid|by|until|from|in the|over the)\s*$/;

/** A noun right after the name that shows it is tech: "Go services", "Helm charts", "React components". */
export const AFTER_NOUNS = set(
  'developer developers engineer engineers engineering programming programmer programmers language languages code ' +
    'codebase codebases coding framework frameworks library libraries service services microservice microservices ' +
    'backend backends frontend stack ecosystem app apps application applications development skills experience ' +
    'expertise knowledge project projects component components hooks job jobs cluster clusters chart charts cookbook ' +
    'cookbooks module modules manifest manifests playbooks test tests testing suite suites script scripts scripting ' +
    'tooling toolchain runtime sdk server servers templates pipeline pipelines queries tables topologies workloads ' +
    'plugins packages gems crates binaries sidecar sidecars proxy proxies docs documentation files format syntax ' +
    'schema schemas containers images functions endpoints queues topics streams notebooks integration integrations ' +
    'config configuration deployment deployments environment environments infrastructure platform ui apis version ' +
    'versions migration shop compiler expert experts proficiency idioms concurrency generics goroutines channels ' +
    'streaming structured boot native extension extensions warehouse front end back team teams squad guild community ' +
    'dashboard dashboards reports',
);
/**
 * Words after the name that make it a verb, an ordinary noun or a date ("Go to", "Make sure", "Spark a",
 * "Crystal clear", "Next steps", "Spring semester"); a lowercase noun after it ("Rust extension") is fine.
 */
export const VETO_AFTER = set(
  'to the a an your our my their his her its it them us me you this that these those up out off into onto back ' +
    'ahead beyond through sure away down around about forward further live big far home all some any every each ' +
    'more most less yourself ourselves together again get getters figure fish mile extra wrong right deeper green ' +
    'hand clear steps step at of semester term break internship internships intern interns cohort season quarter ' +
    'intake graduates hiring recruiting fair cleaning',
);
/** Name and next word that read as a phrase, not tech: "Go on", "Go for it", "Make it". */
export const VETO_PHRASES = set('go_on go_for_it go_for_a go_for_the go_ahead go_live make_it spark_joy');
/** Words after the name that make it a person or company: "Ruby in recruiting", "Apex Systems". */
export const PERSON_AFTER = set('who says said joined leads manages herself himself will wrote');
export const DEPARTMENTS = set(
  'recruiting recruitment talent hr people sales marketing finance legal support operations accounting payroll ' +
    'admissions reception',
);
export const COMPANY_AFTER = set(
  'inc llc ltd corp corporation group systems partners capital holdings consulting gmbh ag sa plc co company ' +
    'university college school hospital',
);
/** Food and drink: "espresso, Mocha and tea" is a menu, not a test stack. */
export const FOOD = set(
  'espresso coffee coffees tea teas latte lattes cappuccino snacks snack lunch lunches breakfast beer wine juice ' +
    'cake chocolate drinks drink fruit smoothie smoothies menu bakery',
);
/** US states and codes, and a few countries: "Cypress, Texas", "Phoenix, AZ". */
export const PLACES_AFTER = set(
  'alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois ' +
    'indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri ' +
    'montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington ' +
    'wisconsin wyoming al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ' +
    'ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy usa us uk canada australia germany france',
);
/** Punctuation that may sit between two items of one list: "Go, Ruby", "C#/.NET", "Go @ 6 Ruby". */
export const LIST_PUNCT = set(', / ; | • · ( ) [ ] + & @ ▪ ◦');
/** Words that may sit between two items of one list. */
export const LIST_WORDS = set('and or plus as well nor et ou und oder y o e');
/** A line starting with one of these is a bullet. */
export const BULLETS = set('- * • · ▪ ◦ ► ✓ ✔ – —');
