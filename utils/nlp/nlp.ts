// The ONLY module that imports compromise. Extended once here (plugins mutate shared state); import `nlp` from here.
import nlp from 'compromise';

/**
 * Words postings use as nouns that compromise's general lexicon reads as verbs ("Experience leading…",
 * "incident response processes", "forecasting models", "productivity tooling", "logging, caching").
 */
const jobmarkPlugin = {
  words: {
    experience: 'Noun',
    processes: 'Plural',
    models: 'Plural',
    tests: 'Plural',
    releases: 'Plural',
    reports: 'Plural',
    requests: 'Plural',
    changes: 'Plural',
    tooling: 'Noun',
    caching: 'Noun',
    logging: 'Noun',
    monitoring: 'Noun',
    alerting: 'Noun',
    observability: 'Noun',
    scalability: 'Noun',
    networking: 'Noun',
    debugging: 'Noun',
    profiling: 'Noun',
    onboarding: 'Noun',
    benchmarking: 'Noun',
    programming: 'Noun',
    modeling: 'Noun',
    modelling: 'Noun',
    'load balancing': 'Noun',
    'on call': 'Noun',
  },
};

nlp.plugin(jobmarkPlugin);

export { nlp };
