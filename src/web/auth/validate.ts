/** Client-side checks that mirror the server's rules, so people hear about mistakes before sending. */
export const passwordMin = 12;
export const passwordMax = 200;
/** The server also refuses commonly used passwords and ones built from the email or organisation name. */
export const newPasswordHint = `At least ${passwordMin} characters. Avoid common passwords, your email and your organisation’s name; a few unrelated words work well.`;

export function validateEmail(value: string): string | null {
  if (!value.trim()) return 'Enter your email address';
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim()) ? null : 'Enter a valid email address';
}

export function validateNewPassword(value: string): string | null {
  if (value.length < passwordMin) return `Use at least ${passwordMin} characters`;
  if (value.length > passwordMax) return `Use at most ${passwordMax} characters`;
  return null;
}

export function validateRequired(label: string) {
  return (value: string): string | null => (value.trim() ? null : `Enter ${label}`);
}
