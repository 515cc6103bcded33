import type { Side } from '#core/programs/intake-form';

/**
 * One participant's intake, written compactly: skills as 'Blockchain 5, Fintech 4', weekly slots as
 * 'tue 09:00-11:00' in the person's own time zone, and `voice` for the side's own open question
 * (mentor_perspective for mentors, mentee_challenge for mentees). demo-programs.ts turns these into
 * enrollments with the default intake form's question ids.
 */
export type IntakeSpec = {
  readonly key: string;
  readonly side: Side;
  /** Skills with a level from 1 to 5: 'Blockchain 5, Fintech 4'. */
  readonly teach: string;
  readonly learn: string;
  readonly slots: readonly string[];
  readonly mode: 'in_person' | 'video' | 'either';
  readonly languages: string;
  readonly goals: string;
  readonly voice: string;
  /** Mentors only: how confident they feel sharing views with senior leaders (career_stage, 1–5). */
  readonly confidence?: number;
  /** Background attributes, answered by some people only. */
  readonly sensitive?: {
    readonly generation?: 'Gen Z' | 'Millennial' | 'Gen X' | 'Baby boomer' | 'Prefer not to say';
    readonly gender?: 'Woman' | 'Man' | 'Non-binary' | 'In another way' | 'Prefer not to say';
    readonly under_represented?: 'Yes' | 'No' | 'Prefer not to say';
  };
  /** Whether the sensitive answers may be used in matching; defaults to true when there are any. */
  readonly consent?: boolean;
};

/**
 * "Reverse Mentoring 2026": ten juniors from ten corners of Northwind mentor ten senior leaders.
 * The story pairs: Leila Haddad (blockchain) with the CFO, Maya Castillo (social media, Customer
 * Success) with the VP of Marketing.
 */
export const flagshipIntake: readonly IntakeSpec[] = [
  // Juniors (mentors), levels 1–3.
  {
    key: 'junior-blockchain-engineer',
    side: 'mentor',
    teach: 'Blockchain 5, Fintech 4, Crypto payments 4',
    learn: 'Capital allocation 1, Board strategy 1',
    slots: ['tue 09:00-11:00', 'thu 14:00-15:30'],
    mode: 'video',
    languages: 'English, Arabic, French',
    goals:
      'I want to show how tokenised energy trading could work for us, and learn how the board decides where the money goes.',
    voice:
      'Blockchain is not just crypto speculation: it already settles payments for energy start-ups we compete with.',
    confidence: 3,
    sensitive: { generation: 'Gen Z', gender: 'Woman', under_represented: 'Yes' },
  },
  {
    key: 'social-media-manager',
    side: 'mentor',
    teach: 'Social media 5, Influencer marketing 4, TikTok 5, Community management 4',
    learn: 'Brand strategy 2, Leadership 1',
    slots: ['mon 09:00-11:00', 'wed 08:30-10:30', 'fri 10:00-11:00'],
    mode: 'video',
    languages: 'English, Spanish',
    goals:
      'I run our customer community every day and would love leaders to see what it tells us. I also want to understand how brand decisions get made.',
    voice:
      'Our customers talk about us on TikTok long before they call support. Listening there is cheap and honest.',
    confidence: 4,
    sensitive: { generation: 'Gen Z', gender: 'Woman', under_represented: 'Yes' },
  },
  {
    key: 'olivia-grant',
    side: 'mentor',
    teach: 'AI tools 4, Prompt writing 4, Workflow automation 3',
    learn: 'Stakeholder management 2, Negotiation 1',
    slots: ['mon 15:00-16:00', 'wed 10:00-11:00', 'thu 16:00-17:00'],
    mode: 'in_person',
    languages: 'English',
    goals:
      'I save hours a week with AI assistants and want to share that. I hope to learn how leaders negotiate.',
    voice: 'Half of the admin work in the executive office could be drafted by AI and checked by a person.',
    confidence: 4,
  },
  {
    key: 'yusuf-demir',
    side: 'mentor',
    teach: 'Data analysis 4, Python 4, Gen Z consumer habits 3',
    learn: 'Negotiation 1, Commercial strategy 1',
    slots: ['tue 14:00-16:00', 'thu 14:00-16:00'],
    mode: 'video',
    languages: 'English, Turkish',
    goals:
      'I want to see how commercial decisions are made beyond the spreadsheet, and show what a notebook can do.',
    voice:
      'Graduates expect to automate the boring parts of a job from day one; give us the data access to do it.',
    confidence: 2,
    sensitive: { generation: 'Gen Z', gender: 'Man', under_represented: 'Prefer not to say' },
    consent: false,
  },
  {
    key: 'zara-ahmed',
    side: 'mentor',
    teach: 'Gen Z workplace expectations 4, Employer branding on social media 3, Inclusive language 4',
    learn: 'Leadership 2, Stakeholder management 1',
    slots: ['mon 10:00-12:00', 'thu 10:00-11:30'],
    mode: 'either',
    languages: 'English, Urdu',
    goals:
      'I want to tell leaders honestly why young people join and leave, and learn how to lead a team one day.',
    voice:
      'We read every Glassdoor review and every LinkedIn post about this company before we accept an offer.',
    confidence: 3,
    sensitive: { generation: 'Gen Z', gender: 'Woman', under_represented: 'Yes' },
  },
  {
    key: 'mateo-silva',
    side: 'mentor',
    teach: 'AI coding assistants 4, Open source 3, Remote collaboration 3',
    learn: 'Product strategy 1, Career development 1',
    slots: ['tue 13:00-15:00', 'fri 09:00-11:00'],
    mode: 'video',
    languages: 'German, English, Portuguese',
    goals:
      'As an apprentice I rarely see why we build what we build. I can show how AI changes the way I code.',
    voice: 'I learned most of what I know from open-source communities, not from courses.',
    confidence: 2,
    sensitive: { generation: 'Gen Z' },
  },
  {
    key: 'hana-sato',
    side: 'mentor',
    teach: 'Accessibility 4, Inclusive design 4, Mobile-first products 4',
    learn: 'Stakeholder management 2, Strategy 2',
    slots: ['tue 09:00-10:30', 'wed 16:00-17:30', 'thu 09:00-10:00'],
    mode: 'either',
    languages: 'English, Japanese',
    goals:
      'I want accessibility to be a leadership topic, not a late checklist. I want to learn how strategy is set.',
    voice: 'One customer in five has a disability that our apps make harder than they need to.',
    confidence: 3,
    sensitive: { generation: 'Millennial', gender: 'Woman', under_represented: 'Prefer not to say' },
  },
  {
    key: 'diogo-pereira',
    side: 'mentor',
    teach: 'Remote collaboration 4, Cybersecurity awareness 3, AI tools 3',
    learn: 'Leadership 1, Budgeting 1',
    slots: ['mon 14:00-16:00', 'wed 09:00-10:00', 'fri 14:00-15:00'],
    mode: 'video',
    languages: 'Portuguese, English',
    goals:
      'I see every day which tools people struggle with. I would like to learn how IT budgets are decided.',
    voice: 'Most security incidents I handle start with a rushed click, not a clever hacker.',
    confidence: 2,
  },
  {
    key: 'ngozi-eze',
    side: 'mentor',
    teach: 'Sustainability 4, Customer experience 4, Gen Z consumer habits 3',
    learn: 'Stakeholder management 1, Negotiation 1',
    slots: ['tue 09:00-11:00', 'thu 09:00-10:00'],
    mode: 'video',
    languages: 'English, Igbo',
    goals:
      'I want leaders to hear what young customers expect from an energy company, and to grow my own voice.',
    voice: 'Young customers ask us about our carbon footprint more often than about our prices.',
    confidence: 2,
    sensitive: { generation: 'Gen Z', gender: 'Woman', under_represented: 'Yes' },
  },
  {
    key: 'ella-novak',
    side: 'mentor',
    teach: 'Neurodiversity at work 4, Remote collaboration 4, Legal tech 3',
    learn: 'Budgeting 1, Leadership 2',
    slots: ['mon 10:00-11:00', 'wed 09:00-11:00'],
    mode: 'video',
    languages: 'English, Czech',
    goals:
      'I want to help leaders run meetings that work for neurodivergent people, and learn how finance thinks.',
    voice:
      'Small changes, like agendas sent ahead and cameras optional, make a big difference for people like me.',
    confidence: 3,
    sensitive: { generation: 'Millennial', gender: 'Woman', under_represented: 'Yes' },
  },

  // Senior leaders (mentees), levels 7–9.
  {
    key: 'cfo',
    side: 'mentee',
    teach: 'Capital allocation 5, Financial strategy 5, Board strategy 4',
    learn: 'Blockchain 1, Fintech 2, Crypto payments 1',
    slots: ['tue 09:00-10:00', 'thu 15:00-16:00'],
    mode: 'either',
    languages: 'English',
    goals: 'I need to understand blockchain and fintech well enough to judge the proposals on my desk.',
    voice:
      'The board asks whether tokenised trading and digital payments matter for us. I want a well-founded answer.',
  },
  {
    key: 'vp-marketing',
    side: 'mentee',
    teach: 'Brand strategy 5, Leadership 4, Marketing budgets 4',
    learn: 'Social media 2, Influencer marketing 1, TikTok 1',
    slots: ['mon 14:00-16:00', 'wed 14:00-15:30'],
    mode: 'video',
    languages: 'English, Spanish',
    goals:
      'I want to learn how younger customers find and judge brands on social media, from someone who lives it.',
    voice: 'Where to spend next year’s campaign budget: influencers, our own channels, or neither.',
    sensitive: { generation: 'Gen X', gender: 'Woman' },
  },
  {
    key: 'cto',
    side: 'mentee',
    teach: 'Technology strategy 5, Leadership 5',
    learn: 'Remote collaboration 2, Cybersecurity awareness 3',
    slots: ['mon 09:00-10:00', 'wed 15:00-16:00'],
    mode: 'video',
    languages: 'Italian, English, German',
    goals: 'I want to hear how our tools feel on the front line, not in the steering committee.',
    voice: 'Choosing which collaboration and security tools we standardise on across three sites.',
  },
  {
    key: 'chief-people-officer',
    side: 'mentee',
    teach: 'Leadership 5, Organisational design 5, Career development 4',
    learn: 'Gen Z workplace expectations 1, Employer branding on social media 2',
    slots: ['tue 11:00-12:00', 'thu 10:00-11:00'],
    mode: 'in_person',
    languages: 'English',
    goals:
      'I want to understand why our youngest colleagues stay or leave, in their words rather than in surveys.',
    voice: 'Our graduate attrition is rising and our exit interviews do not explain why.',
    sensitive: { generation: 'Gen X', gender: 'Woman', under_represented: 'Yes' },
  },
  {
    key: 'general-counsel',
    side: 'mentee',
    teach: 'Negotiation 5, Risk management 5, Stakeholder management 4',
    learn: 'AI tools 1, Prompt writing 1',
    slots: ['mon 16:00-17:00', 'wed 10:00-11:00'],
    mode: 'in_person',
    languages: 'English, Hebrew',
    goals: 'I want hands-on practice with AI assistants before I write the policy on them.',
    voice: 'Deciding what our AI usage policy should allow, without having used the tools myself.',
    sensitive: { generation: 'Baby boomer', gender: 'Man', under_represented: 'No' },
    consent: false,
  },
  {
    key: 'vp-engineering',
    side: 'mentee',
    teach: 'Engineering management 5, Leadership 4, Hiring 4',
    learn: 'Sustainability 2, Customer experience 2',
    slots: ['tue 15:00-17:00', 'thu 15:00-16:00'],
    mode: 'video',
    languages: 'German, English',
    goals:
      'My engineers rarely hear from customers directly. I want that perspective, and to talk about green software.',
    voice: 'How much of next year’s roadmap should go to measuring and cutting our own emissions.',
    sensitive: { gender: 'Woman' },
  },
  {
    key: 'vp-product',
    side: 'mentee',
    teach: 'Product strategy 5, Prioritisation 5, Stakeholder management 4',
    learn: 'AI coding assistants 1, Open source 1',
    slots: ['tue 12:00-14:00', 'fri 09:00-10:00'],
    mode: 'video',
    languages: 'English, Hindi',
    goals:
      'I want to see how AI changes the way software is built, so my roadmaps stop assuming the old pace.',
    voice: 'Estimating delivery when half the team codes with AI assistants and half does not.',
  },
  {
    key: 'vp-sales',
    side: 'mentee',
    teach: 'Negotiation 5, Commercial strategy 5, Leadership 4',
    learn: 'Data analysis 2, Gen Z consumer habits 1',
    slots: ['tue 09:00-11:00', 'thu 09:00-10:00'],
    mode: 'video',
    languages: 'English, Twi',
    goals: 'I want to read our sales data myself and understand how the next generation of customers buys.',
    voice: 'Which customer segments to chase next year, and whether our forecasts hold up.',
    sensitive: { generation: 'Gen X', gender: 'Man', under_represented: 'Yes' },
  },
  {
    key: 'elena-popescu',
    side: 'mentee',
    teach: 'Budgeting 5, Financial planning 4, Stakeholder management 4',
    learn: 'Neurodiversity at work 1, Remote collaboration 2',
    slots: ['mon 15:00-16:00', 'wed 14:00-16:00'],
    mode: 'video',
    languages: 'English, Romanian',
    goals: 'I lead a hybrid team across two cities and want to run it in a way that works for everyone.',
    voice:
      'Our month-end close relies on long meetings that not everyone can follow. I want to redesign them.',
  },
  {
    key: 'hiroshi-tanaka',
    side: 'mentee',
    teach: 'Engineering management 4, Leadership 4, Strategy 4',
    learn: 'Accessibility 1, Inclusive design 1',
    slots: ['tue 09:00-10:00', 'thu 09:00-10:30'],
    mode: 'either',
    languages: 'Japanese, English',
    goals: 'I want to understand accessibility well enough to make it part of our platform standards.',
    voice: 'Setting the accessibility bar for the platform that every product team builds on.',
    sensitive: { generation: 'Gen X', gender: 'Man', under_represented: 'No' },
  },
];
