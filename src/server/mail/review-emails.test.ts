import { describe, expect, it } from 'vitest';
import { type ResourcesMail, resourcesEmail } from '#server/mail/review-emails';

const mail: ResourcesMail = {
  orgId: 'org-1',
  to: { name: 'Lena Park', email: 'lena@northwind.example' },
  partnerName: 'Grace Hopper',
  programName: 'Reverse Mentoring 2026',
  resources: [
    {
      title: 'Meeting guide',
      url: 'https://intranet.example/guide?a=1&b=2',
      description: 'Ten questions for a good session.',
    },
    { title: 'Feedback <basics>', url: '', description: '' },
  ],
  workspaceUrl: 'https://counterpart.example/my/pairs/pair-1?tab=resources',
};

describe('the resources email of the midpoint review', () => {
  it('greets by name, lists each chosen resource with its link and links the pair workspace', () => {
    const message = resourcesEmail(mail);
    expect(message).toMatchObject({ orgId: 'org-1', to: 'lena@northwind.example' });
    expect(message.subject).toBe('Resources for the second half of Reverse Mentoring 2026');
    expect(message.text).toMatch(/^Hello Lena Park,/);
    expect(message.text).toContain(
      '- Meeting guide: Ten questions for a good session.\n  https://intranet.example/guide?a=1&b=2',
    );
    expect(message.text).toContain('- Feedback <basics>\n');
    expect(message.text).toContain('you and Grace Hopper');
    expect(message.text).toContain(`also in your pair workspace: ${mail.workspaceUrl}`);
    expect(message.text).toMatch(/Thank you for the time and care you give to this program\.$/);
  });

  it('writes the same in HTML, escaped, with a link per resource that has one', () => {
    const html = resourcesEmail(mail).html ?? '';
    expect(html).toContain(
      '<li><a href="https://intranet.example/guide?a=1&#38;b=2">Meeting guide</a> — Ten questions for a good session.</li>',
    );
    expect(html).toContain('<li>Feedback &#60;basics&#62;</li>');
    expect(html).toContain(`<a href="${mail.workspaceUrl}">open your pair workspace</a>`);
  });

  it('says nothing of how the pair is doing: no health, risk, reasons or review words', () => {
    const message = resourcesEmail(mail);
    const all = `${message.subject}\n${message.text}\n${message.html}`.toLowerCase();
    for (const word of ['health', 'risk', 'inactive', 'reason', 'concern', 'struggl', 'review', 'decision'])
      expect(all).not.toContain(word);
  });

  it('speaks of one resource in the singular', () => {
    const [first] = mail.resources;
    const message = resourcesEmail({ ...mail, resources: [first!] });
    expect(message.text).toContain('HR picked a resource for you both:');
    expect(message.text).toContain('look at it together');
    expect(message.text).toContain('It is also in your pair workspace');
  });
});
