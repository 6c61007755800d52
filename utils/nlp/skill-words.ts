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
  'own', 'comfortable', 'minimal', 'minimum', 'maximum', 'focused', 'oriented', 'based', 'world', 'class', 'company', 'timely', 'written', 'verbal', 'whole', 'entire', 'daily', 'first', 'last', 'next', 'previous', 'prior', 'recent', 'direct',
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
