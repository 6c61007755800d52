// A company name as postings state it in their own text: "About Stripe", "Acme Corp, Berlin".

/** "About Oakmere Transit" headings name the company; "About the role" / "About you" do not. */
const ABOUT_RE = /^(?:[Aa]bout|ABOUT|[Üü]ber|[Àà] propos de)\s+(\p{Lu}[\p{L}\p{N}&.' -]{1,60})$/u;
const NOT_A_COMPANY_RE =
  /^(?:the|this|us|you|our|your|we|uns|dich|die|der|das|le|la|les|nous|remote|hybrid|on-?site|full|part|contract|permanent|location|salary|company|role|job|position|team|benefits)\b/i;
const MAX_COMPANY_WORDS = 5;

/**
 * A plausible company name, or null for role words, pronouns and long phrases.
 * @example companyName('Acme Water.') // 'Acme Water'
 */
export function companyName(candidate: string | undefined | null): string | null {
  const name = candidate?.trim().replace(/[.,]$/, '');
  if (!name || NOT_A_COMPANY_RE.test(name) || name.split(/\s+/).length > MAX_COMPANY_WORDS) return null;
  return name;
}

/**
 * The company an "About X" heading names.
 * @example companyFromAboutHeading('About Stripe') // 'Stripe'; companyFromAboutHeading('About the team') // null
 */
export function companyFromAboutHeading(heading: string): string | null {
  return companyName(ABOUT_RE.exec(heading.replace(/\s+/g, ' ').trim())?.[1]);
}
