/**
 * Written after the rules were final and scored once before any change. Its first run found no matcher error
 * beyond a versioned alias (`Vue 3`, since removed); the other misses were labelling slips (unlabelled R, SAS, Dart,
 * Flutter; canonical names), corrected here without touching the rules.
 * Same markup as labelled-snippets.ts.
 */
export const BLIND_SNIPPETS: readonly string[] = [
  'As a backend engineer you will extend our order service ([[Go]], [[gRPC]], [[CockroachDB]]) and its admin tools.',
  'Must have: commercial experience with [[Vue|Vue.js]] 3 or [[React]] 18, [[Vite]], and [[Pinia]] or [[Redux]].',
  'Our clinicians rest between shifts; our engineers keep the pager quiet with [[PagerDuty]] and [[Datadog]].',
  'You know your way around [[Git]], code review and pairing.',
  'We run everything on [[GCP|Google Cloud]]: [[Cloud Run]], [[Pub/Sub]], [[Firestore]] and [[BigQuery]].',
  'Nice to have: [[Scala]] or [[Haskell]], or a love for functional programming in general.',
  'Go-to-market leaders, please see our sales openings instead.',
  'You will go through a short screening, then meet the team.',
  'Machine learning engineers deploy models with [[SageMaker]] and monitor them in [[MLflow]].',
  'Proficiency in [[R]] ([[tidyverse]]) or [[Python]] for statistical analysis.',
  'The [[R]] programming language and [[SAS]] are used by our actuaries.',
  '[[Dart]] and [[Flutter]] developers join the mobile guild.',
  'Working knowledge of [[Kubernetes]] operators and [[Helm]].',
  'Mocha lattes and croissants on Fridays.',
  'Experience with [[Jest]] and [[Testing Library]] for UI tests.',
  'A sunny office in Cypress, CA with free parking.',
  'Qualifications: [[C++]] 17/20, [[CMake]], [[gtest|Google Test]], [[Linux]] and [[Bazel]].',
  'Ability to write [[Bash]] scripts and read [[Perl]].',
  'You will make the most of modern tooling like [[Copilot|GitHub Copilot]] and [[Cursor IDE]].',
  'Fluent in [[Swift]], comfortable in [[Objective-C]], curious about [[Kotlin Multiplatform]].',
  'Swift action is expected when incidents happen.',
  'Strong understanding of [[HTTP]], [[WebSockets]] and browser caching.',
  'We store events in [[ClickHouse]] and serve APIs from [[Rust]] with [[Axum]] and [[Tokio]].',
  'Julia will be your onboarding buddy during your first month.',
  'Our analysts work in [[Excel]], [[Tableau]] and [[Alteryx]].',
];
