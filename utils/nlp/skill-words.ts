/** Words that open a phrase but do not name the knowledge: "strong", "deep understanding of", "the". */
export const LEADING_NOISE = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'our', 'your', 'their', 'its', 'some', 'any', 'all', 'each',
  'strong', 'deep', 'solid', 'proven', 'excellent', 'good', 'great', 'demonstrated', 'extensive', 'hands-on',
  'working', 'practical', 'sound', 'thorough', 'broad', 'advanced', 'basic', 'familiarity', 'understanding',
  'knowledge', 'experience', 'expertise', 'background', 'proficiency', 'exposure', 'various', 'different', 'large',
  'small', 'high', 'low', 'many', 'multiple', 'several', 'other', 'new', 'current', 'future', 'common', 'key',
  'complex', 'modern', 'clear', 'persuasive', 'pragmatic', 'rigorous', 'sustainable', 'relevant', 'related',
  'internal', 'external', 'professional', 'significant', 'exceptional', 'outstanding', 'effective', 'successful',
  'fast-paced', 'high-quality', 'world-class', 'large-scale', 'company-wide', 'cross-team', 'cross-functional',
  'similar', 'equivalent', 'following', 'variety', 'range', 'core', 'critical', 'important', 'best', 'top',
  'excellent', 'senior', 'junior', 'growing', 'leading', 'emerging', 'overall', 'general', 'specific', 'relevant',
  'appropriate', 'production', 'real-world', 'day-to-day', 'end-to-end', 'high-impact', 'in-person', 'little',
  'same', 'big', 'bigger', 'real', 'light', 'clean', 'crisp', 'comparable', 'major', 'minor', 'huge', 'tiny', 'simple',
  'easy', 'hard', 'fast', 'quick', 'slow', 'better', 'final', 'main', 'exact', 'heavy', 'under', 'over', 'within',
  'about', 'across', 'via', 'per', 'up', 'down', 'out', 'off', 'own', 'comfortable', 'minimal', 'minimum', 'maximum', 'focused', 'oriented', 'based', 'world', 'class', 'company', 'timely', 'written', 'verbal', 'whole', 'entire', 'daily', 'first', 'last', 'next', 'previous', 'prior', 'recent', 'direct',
]);

/** Heads that name no knowledge: a phrase ending in one loses it ("incident response processes" → "incident response"). */
export const GENERIC_HEADS = new Set([
  'experience', 'experiences', 'ability', 'abilities', 'skill', 'skills', 'team', 'teams', 'team(s', 'role', 'roles',
  'year', 'years', 'record', 'solutions', 'solution', 'processes', 'process', 'environment', 'environments', 'setting',
  'settings', 'stage', 'stages', 'level', 'levels', 'field', 'fields', 'variety', 'range', 'things', 'work', 'area',
  'areas', 'background', 'understanding', 'knowledge', 'expertise', 'capabilities', 'capability', 'proficiency',
  'mindset', 'org', 'orgs', 'organization', 'organizations', 'organisation', 'company', 'companies', 'audiences',
  'audience', 'languages', 'language', 'people', 'person', 'candidate', 'candidates', 'opportunity', 'opportunities',
  'etc', 'way', 'ways', 'part', 'lot', 'kind', 'type', 'types', 'plus', 'bonus', 'advantage', 'degree', 'equivalent',
  'careers', 'career', 'goals', 'needs', 'results', 'impact', 'scale', 'growth', 'standards', 'quality', 'time',
  'responsibility', 'autonomy', 'determination', 'judgement', 'judgment', 'passion', 'users', 'customers',
  'stakeholders', 'engineers', 'leaders', 'members', 'peers', 'partners', 'products', 'product', 'features', 'pieces', 'attitude', 'attitudes', 'e.g',
  'ones', 'one', 'story', 'stories', 'parts', 'feel', 'bits', 'matters', 'stuff', 'moves', 'staff', 'specialist',
  'specialists', 'manager', 'managers', 'designer', 'designers', 'engineer', 'scientist', 'scientists', 'analyst',
  'analysts', 'developer', 'developers', 'member', 'colleagues', 'clients', 'client', 'customer', 'user', 'working',
]);

/** Heads that are gerunds but name a skill ("machine learning", "load testing"). */
export const SKILL_GERUNDS = new Set([
  'learning', 'testing', 'caching', 'logging', 'tooling', 'monitoring', 'alerting', 'engineering', 'planning',
  'debugging', 'programming', 'scheduling', 'networking', 'budgeting', 'forecasting', 'accounting', 'marketing',
  'modeling', 'modelling', 'processing', 'computing', 'balancing', 'hiring', 'mentoring', 'profiling', 'design',
  'writing', 'reporting', 'routing', 'streaming', 'indexing', 'tuning', 'training', 'serving', 'sharding', 'ranking', 'matching', 'pricing', 'billing',
  'tracing', 'hosting', 'mapping', 'labeling', 'labelling', 'rendering', 'parsing', 'messaging', 'publishing',
]);

/** Established skill names whose head is otherwise generic. */
export const KEPT_PHRASES = new Set(['user experience', 'developer experience', 'customer experience', 'candidate experience']);

/** Verbs that open responsibility lines ("Run…", "Check…", "Move…"); compromise often tags them as nouns there. */
export const IMPERATIVE_VERBS = new Set([
  'run', 'check', 'call', 'move', 'review', 'turn', 'reach', 'speed', 'build', 'own', 'lead', 'drive', 'write', 'ship',
  'manage', 'help', 'keep', 'take', 'make', 'use', 'create', 'develop', 'deliver', 'define', 'improve', 'scale',
  'mentor', 'maintain', 'monitor', 'present', 'analyze', 'analyse', 'automate', 'implement', 'migrate', 'coordinate',
  'collaborate', 'partner', 'join', 'grow', 'hire', 'teach', 'ensure', 'identify', 'translate', 'evaluate', 'explore',
  'investigate', 'troubleshoot', 'operate', 'administer', 'configure', 'deploy', 'prepare', 'provide', 'communicate',
  'contribute', 'participate', 'assist', 'handle', 'respond', 'resolve', 'draft', 'publish', 'launch', 'execute',
  'conduct', 'establish', 'champion', 'shape', 'set', 'bring', 'work', 'pair', 'mentor', 'coach', 'document',
  'prototype', 'measure', 'ensure', 'support', 'serve', 'answer', 'greet', 'stock', 'prepare', 'cook', 'clean',
]);

/** Function words that tell an English span from a German, French or Spanish one (compromise only reads English). */
export const ENGLISH_WORDS = new Set(['the', 'and', 'with', 'of', 'to', 'in', 'for', 'you', 'our', 'is', 'are', 'a', 'an', 'or', 'on']);
export const OTHER_WORDS = new Set([
  'und', 'der', 'die', 'das', 'mit', 'für', 'ist', 'sie', 'wir', 'eine', 'ein', 'oder', 'von', 'zu', 'im', 'auf', 'den', 'dem',
  'et', 'les', 'des', 'avec', 'pour', 'vous', 'nous', 'une', 'est', 'sur', 'dans', 'du', 'au', 'le', 'la', 'ou', 'vos', 'nos',
  'y', 'con', 'el', 'los', 'las', 'para', 'del', 'nuestro', 'nuestros', 'nuestras', 'tu', 'tus', 'por', 'que', 'de',
]);
