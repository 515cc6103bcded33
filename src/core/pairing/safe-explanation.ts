const CONSENTED = 'backgrounds (shared with consent)';

/**
 * A pair's explanation in words safe to send to both people: the matcher mentions consented
 * backgrounds only as "backgrounds (shared with consent)", and even that leaves the email.
 */
export function safeExplanation(explanation: string): string {
  return explanation
    .split('; ')
    .map((clause) => {
      if (!clause.includes(CONSENTED)) return clause;
      if (clause === `different ${CONSENTED}`) return '';
      const without = clause.replace(`, ${CONSENTED}`, '').replace(` and ${CONSENTED}`, '');
      const last = without.lastIndexOf(', ');
      return clause.includes(` and ${CONSENTED}`) && last >= 0
        ? `${without.slice(0, last)} and ${without.slice(last + 2)}`
        : without;
    })
    .filter((clause) => clause.length > 0)
    .join('; ');
}
