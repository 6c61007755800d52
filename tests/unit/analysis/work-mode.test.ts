import { describe, expect, it } from 'vitest';
import { findEmploymentType } from '../../../utils/analysis/employment-type';
import { findWorkMode } from '../../../utils/analysis/work-mode';

describe('findWorkMode', () => {
  it.each([
    ['Staff are expected to spend at least 50% of the time in the office each month.', 'hybrid'],
    ['You will join us two days a week in the office in Leeds.', 'hybrid'],
    ['This is a hybrid role based in Madrid.', 'hybrid'],
    ['Most people work 60% in-office; our Porto hub works 100% from the office.', 'hybrid'],
    ['The team works 100% from the office in Oslo.', 'onsite'],
    ['This position is on-site at our plant.', 'onsite'],
    ['This role is not remote.', 'onsite'],
    ['We are a fully remote company.', 'remote'],
    ['We are remote-first with hubs in three cities.', 'remote'],
    ['Work from anywhere within Europe.', 'remote'],
    ['Die Stelle ist hybrid mit zwei Tagen vor Ort.', 'hybrid'],
    ['Poste en télétravail complet.', 'remote'],
    ['Interns work from our Midtown office four days a week.', 'hybrid'],
    ['Two days from home per week, the rest at our Basel office.', 'hybrid'],
    ['This role is based in our Leith office, five days a week.', 'onsite'],
    ['Work location: In person', 'onsite'],
    ['Teletrabajo 100 % desde cualquier lugar', 'remote'],
    ['Modelo híbrido en Sevilla', 'hybrid'],
    ['Télétravail deux jours par semaine, le reste au bureau.', 'hybrid'],
    ['Deux jours de télétravail par semaine.', 'hybrid'],
    ['Zwei Tage Homeoffice pro Woche, sonst im Büro.', 'hybrid'],
  ])('%s → %s', (text, mode) => expect(findWorkMode(text)).toBe(mode));

  it.each([['You will mentor partially remote teams across time zones.'], ['We build remote controls.'], ['Great coffee.']])(
    'no mode in %s',
    (text) => expect(findWorkMode(text)).toBeNull(),
  );
});

describe('findEmploymentType', () => {
  it.each([
    ['Lisbon · Full-time · Hybrid', 'full-time'],
    ['This is a part-time position (20 hours).', 'part-time'],
    ['A 6-month contract role with possible extension', 'contract'],
    ['Summer internship for students', 'internship'],
    ['Temporary cover for parental leave', 'temporary'],
    ['Vollzeit, unbefristet', 'full-time'],
    ['CDI, temps plein', 'full-time'],
    ['Madrid · Jornada completa', 'full-time'],
    ['Nothing said about hours here', null],
  ])('%s → %s', (text, type) => expect(findEmploymentType(text)).toBe(type));
});
