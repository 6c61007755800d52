import { describe, expect, it } from 'vitest';
import { findTech, summarizeTech } from '../../../utils/tech/find-tech';
import type { TextBlock } from '../../../utils/types';

const names = (text: string, blocks?: TextBlock[]): string[] => findTech(text, blocks).map((h) => h.name);
const surfaces = (text: string): string[] => findTech(text).map((h) => text.slice(h.start, h.end));

describe('tokens with symbols stay whole', () => {
  it.each([
    ['Strong C++ skills', ['C++'], ['C++']],
    ['Strong C# skills', ['C#'], ['C#']],
    ['Some F# on the side', ['F#'], ['F#']],
    ['Services on .NET and Azure', ['.NET', 'Azure'], ['.NET', 'Azure']],
    ['APIs in Node.js', ['Node.js'], ['Node.js']],
    ['UI in Vue.js', ['Vue.js'], ['Vue.js']],
    ['Web apps in ASP.NET Core', ['ASP.NET Core'], ['ASP.NET Core']],
    ['Own the CI/CD pipelines', ['CI/CD'], ['CI/CD']],
    ['Back end in C#/.NET', ['C#', '.NET'], ['C#', '.NET']],
    ['Deploy to k8s', ['Kubernetes'], ['k8s']],
    ['We write Golang', ['Go'], ['Golang']],
    ['Data in Postgres', ['PostgreSQL'], ['Postgres']],
  ])('%s', (text, expectedNames, expectedSurfaces) => {
    expect(names(text)).toEqual(expectedNames);
    expect(surfaces(text)).toEqual(expectedSurfaces);
  });
});

describe('word boundaries', () => {
  it.each([
    ['Modern JavaScript tooling', ['JavaScript']],
    ['Our R&D group', []],
    ['Work at Google on search', []],
    ['Ideas from package.json files', []],
    ['Mail jobs@docker.com for details', []],
    ['Python-based services', ['Python']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('ambiguous names need capitalisation and evidence', () => {
  it.each([
    ['Proficient in Go', ['Go']],
    ['Go, Ruby, Python', ['Go', 'Ruby', 'Python']],
    ['(Java, Ruby, Python, Go)', ['Java', 'Ruby', 'Python', 'Go']],
    ['Go or Java backend', ['Go', 'Java']],
    ['Services written in Rust', ['Rust']],
    ['Experience with Spring and Hibernate', ['Spring', 'Hibernate']],
    ['Knowledge of R and SQL', ['R', 'SQL']],
    ['Using Helm charts on EKS', ['Helm', 'EKS']],
    ['Go services at scale', ['Go']],
    ['go to market', []],
    ['Go to market with us', []],
    ['let go of old habits', []],
    ['Let Go of old habits', []],
    ['A true Go-getter', []],
    ['Ask Ruby in recruiting', []],
    ['Our office in Cypress, Texas', []],
    ['espresso, Mocha and tea', []],
    ['Start in spring 2026', []],
    ['Start in Spring 2026', []],
    ['make sure tests pass', []],
    ['Make sure tests pass', []],
    ['the rest of the team', []],
    ['swift delivery', []],
    ['Swift delivery of results', []],
    ['R&D budget', []],
    ['Julia from people operations', []],
    ['Crystal clear goals', []],
    ['Apex Systems is our partner', []],
    ['Express interest by email', []],
    ['Next steps: a short call', []],
    ['Vitamin C for everyone', []],
    ['Hong Kong office', []],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['Write clean Python and the occasional Rust extension', ['Python', 'Rust']],
    ['Some Rust, for the performance-critical core.', ['Rust']],
    ['What we use: Go for services, Swift on iOS.', ['Go', 'Swift', 'iOS']],
    ['Capacité à écrire des scripts en Bash ou Python.', ['Bash', 'Python']],
    ['Work with Snowflake, Fivetran and Airflow to keep reports fresh.', ['Snowflake', 'Fivetran', 'Airflow']],
    ['Previous story Next story', []],
    ['Working with Rider and the blessing of the author', []],
    ['Rest assured, we reply within a week.', []],
    ['The rest API of the old system', []],
    ['Go-based services and React-first UIs', ['Go', 'React']],
    ['REQUIREMENTS: GO, RUST, PYTHON', ['Go', 'Rust', 'Python']],
    ['READY, SET, GO', []],
    ['LET US GO TO MARKET WITH PYTHON', ['Python']],
    ['AWS (EC2, S3, Lambda)', ['AWS', 'EC2', 'S3', 'AWS Lambda']],
    ['A restful weekend and great expectations', []],
    ['It calls $(el).html() twice', []],
    ['Spring semester interns welcome; this Spring we hire.', []],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('lets the rest of the document vouch for a name, but not for a verb reading', () => {
    expect(names('Senior Ruby on Rails engineer.\n6+ years writing Ruby, most of it in production.')).toEqual([
      'Ruby on Rails',
      'Ruby',
    ]);
    expect(names('APIs in Express.js.\nExpress interest by email.')).toEqual(['Express']);
  });

  it('takes a list item that opens with the name like a tech item', () => {
    const text = 'Nice to have\nRust for embedded targets.';
    expect(names(text, [{ start: 13, end: text.length, kind: 'item' }])).toEqual(['Rust']);
    expect(names(text, [{ start: 13, end: text.length, kind: 'para' }])).toEqual([]);
  });

  it('accepts a list item that holds only the name (from blocks)', () => {
    const text = 'Stack\nGo\nDocker';
    const blocks: TextBlock[] = [
      { start: 0, end: 5, kind: 'heading', level: 2 },
      { start: 6, end: 8, kind: 'item' },
      { start: 9, end: 15, kind: 'item' },
    ];
    expect(names(text, blocks)).toEqual(['Go', 'Docker']);
    expect(names(text, [{ start: 6, end: 8, kind: 'para' }])).toEqual(['Docker']);
  });

  it('accepts a bullet line that holds only the name (no blocks)', () => {
    expect(names('- Rust\n- Kafka')).toEqual(['Rust', 'Kafka']);
  });
});

describe('never tech', () => {
  it.each(['Hiring', 'Leadership', 'Fraud', 'Communication', 'API', 'Planning', 'storage', 'databases', 'caching', 'metrics', 'logging', 'dashboards', 'serverless'])(
    '%s',
    (word) => {
      expect(names(`Skills: ${word}, Mentoring and more`)).toEqual([]);
    },
  );
});

describe('summarizeTech', () => {
  it('counts mentions under canonical names, most mentioned first', () => {
    const stack = summarizeTech(findTech('Go, Golang, Rust and k8s; Kubernetes again, Kubernetes once more'));
    expect(stack.map((e) => [e.name, e.mentions])).toEqual([
      ['Kubernetes', 3],
      ['Go', 2],
      ['Rust', 1],
    ]);
    expect(stack[0]?.category).toBe('devops');
  });
});

describe('a tool named after a common word in another language', () => {
  it('does not read Informatica (the field of study in Italian and Dutch) as the ETL tool', () => {
    expect(names('Laurea in Informatica o Ingegneria, o esperienza equivalente')).toEqual([]);
    expect(names('bijvoorbeeld econometrie of informatica')).toEqual([]);
  });
  it('still finds Informatica among ETL tools', () => {
    expect(names('ETL with Informatica, Talend or SSIS')).toEqual(['Informatica', 'Talend', 'SSIS']);
    expect(names('Migrating Informatica PowerCenter mappings')).toEqual(['Informatica']);
  });
});
