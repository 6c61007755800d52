import type { Salary, WorkMode } from '@/utils/types';
import { formatSalary, formatWorkMode } from '@/utils/store/format';

/** One line of facts: company · location · work mode · salary (what is known). */
export function RoleFacts(props: { company?: string | null; location?: string | null; workMode?: WorkMode | null; salary?: Salary | null }) {
  const parts = [props.company, props.location, formatWorkMode(props.workMode), formatSalary(props.salary)].filter(Boolean);
  return parts.length ? <p className="jm-facts">{parts.join(' · ')}</p> : null;
}
