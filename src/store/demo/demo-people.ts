/**
 * The demo organisation's people: Northwind Energy, a mid-sized company with reporting lines, several
 * sites and time zones, a few leavers for retention analysis, and the cast of the demo story
 * (docs: DOMAIN.md, "The story the demo should tell"): the CEO sponsors "Reverse Mentoring 2026", the CFO
 * learns blockchain from a junior engineer, the VP of Marketing learns social media from a junior in
 * Customer Success (outside her reporting line), HR runs the program with the ERGs.
 *
 * Pure data: no database, no clock. Seeding code turns these records into rows.
 */

export type DemoPerson = {
  readonly key: string;
  readonly email: string;
  readonly name: string;
  readonly title: string;
  readonly level: number;
  readonly department: string;
  readonly managerKey: string | null;
  readonly location: string;
  readonly timeZone: string;
  readonly hireDate: string;
  readonly employmentStatus: 'active' | 'on_leave' | 'left';
  readonly endDate: string | null;
};

export const DEMO_ORG = { slug: 'northwind', name: 'Northwind Energy' } as const;

const SITES = {
  london: { location: 'London', timeZone: 'Europe/London' },
  lisbon: { location: 'Lisbon', timeZone: 'Europe/Lisbon' },
  berlin: { location: 'Berlin', timeZone: 'Europe/Berlin' },
  newYork: { location: 'New York', timeZone: 'America/New_York' },
  toronto: { location: 'Toronto', timeZone: 'America/Toronto' },
  singapore: { location: 'Singapore', timeZone: 'Asia/Singapore' },
} as const;

type Site = keyof typeof SITES;

const EXEC = 'Executive';
const FIN = 'Finance';
const MKT = 'Marketing';
const ENG = 'Engineering';
const PROD = 'Product';
const SALES = 'Sales';
const PEOPLE = 'People & Culture';
const OPS = 'Operations';
const CS = 'Customer Success';
const LEGAL = 'Legal';

/** `Chloé Tremblay` → `chloe.tremblay@northwind.example` (ASCII, lower case). */
function emailFor(name: string): string {
  const ascii = name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
  const [first = '', ...rest] = ascii.split(' ');
  return `${first}.${rest.join('-')}@northwind.example`;
}

function person(
  key: string,
  name: string,
  title: string,
  level: number,
  department: string,
  managerKey: string | null,
  site: Site,
  hireDate: string,
): DemoPerson {
  return {
    key,
    email: emailFor(name),
    name,
    title,
    level,
    department,
    managerKey,
    ...SITES[site],
    hireDate,
    employmentStatus: 'active',
    endDate: null,
  };
}

function left(p: DemoPerson, endDate: string): DemoPerson {
  return { ...p, employmentStatus: 'left', endDate };
}

function onLeave(p: DemoPerson): DemoPerson {
  return { ...p, employmentStatus: 'on_leave' };
}

export const demoPeople: readonly DemoPerson[] = [
  // Executive: the CEO sponsors "Reverse Mentoring 2026"; the C-suite reports to the CEO.
  person('ceo', 'Richard Adeyemi', 'Chief Executive Officer', 9, EXEC, null, 'london', '2013-09-02'),
  person(
    'olivia-grant',
    'Olivia Grant',
    'Executive Assistant to the CEO',
    3,
    EXEC,
    'ceo',
    'london',
    '2022-03-14',
  ),
  person('cfo', 'Thomas Whitfield', 'Chief Financial Officer', 9, FIN, 'ceo', 'london', '2016-04-11'),
  person('coo', 'Priya Raghunathan', 'Chief Operating Officer', 9, OPS, 'ceo', 'london', '2015-01-19'),
  person('cto', 'Marco Bellini', 'Chief Technology Officer', 9, ENG, 'ceo', 'berlin', '2017-06-01'),
  person('cco', 'Sandra Kowalczyk', 'Chief Commercial Officer', 9, SALES, 'ceo', 'newYork', '2018-02-05'),
  person(
    'chief-people-officer',
    'Amara Nwosu',
    'Chief People Officer',
    9,
    PEOPLE,
    'ceo',
    'london',
    '2019-10-07',
  ),
  person('general-counsel', 'Jonathan Feld', 'General Counsel', 8, LEGAL, 'ceo', 'london', '2015-06-15'),

  // Finance
  person('elena-popescu', 'Elena Popescu', 'Finance Director', 7, FIN, 'cfo', 'london', '2017-10-02'),
  person('samuel-okoro', 'Samuel Okoro', 'Director of FP&A', 7, FIN, 'cfo', 'newYork', '2020-02-10'),
  person(
    'arjun-patel',
    'Arjun Patel',
    'Senior Finance Manager',
    6,
    FIN,
    'elena-popescu',
    'london',
    '2018-08-20',
  ),
  person('noah-fischer', 'Noah Fischer', 'Treasury Manager', 5, FIN, 'arjun-patel', 'london', '2019-07-01'),
  person(
    'layla-hassan',
    'Layla Hassan',
    'Financial Analyst',
    4,
    FIN,
    'samuel-okoro',
    'newYork',
    '2022-08-15',
  ),
  person(
    'yusuf-demir',
    'Yusuf Demir',
    'Graduate Financial Analyst',
    1,
    FIN,
    'arjun-patel',
    'london',
    '2025-09-08',
  ),

  // Marketing: the VP of Marketing will learn social media from a junior in Customer Success.
  person('vp-marketing', 'Isabel Moreno', 'VP of Marketing', 8, MKT, 'cco', 'london', '2018-09-17'),
  person(
    'charlotte-dubois',
    'Charlotte Dubois',
    'Director of Brand & Communications',
    7,
    MKT,
    'vp-marketing',
    'london',
    '2019-04-01',
  ),
  person(
    'sophie-laurent',
    'Sophie Laurent',
    'Head of Digital Marketing',
    6,
    MKT,
    'vp-marketing',
    'london',
    '2021-06-07',
  ),
  person(
    'lucia-fernandez',
    'Lucía Fernández',
    'Marketing Manager',
    5,
    MKT,
    'charlotte-dubois',
    'lisbon',
    '2020-04-20',
  ),
  left(
    person(
      'ethan-murphy',
      'Ethan Murphy',
      'Content Strategist',
      4,
      MKT,
      'sophie-laurent',
      'london',
      '2022-01-10',
    ),
    '2026-03-31',
  ),
  person(
    'zara-ahmed',
    'Zara Ahmed',
    'Marketing Coordinator',
    2,
    MKT,
    'lucia-fernandez',
    'london',
    '2024-03-04',
  ),

  // Engineering: the junior blockchain engineer and the ERG lead work here.
  person('vp-engineering', 'Anja Schröder', 'VP of Engineering', 8, ENG, 'cto', 'berlin', '2019-01-14'),
  person(
    'hiroshi-tanaka',
    'Hiroshi Tanaka',
    'Director of Platform Engineering',
    7,
    ENG,
    'vp-engineering',
    'singapore',
    '2018-07-23',
  ),
  person(
    'ingrid-larsen',
    'Ingrid Larsen',
    'Director of Engineering, Grid Analytics',
    7,
    ENG,
    'vp-engineering',
    'berlin',
    '2021-03-01',
  ),
  person(
    'daniel-kim',
    'Daniel Kim',
    'Engineering Manager, Trading Platform',
    6,
    ENG,
    'hiroshi-tanaka',
    'lisbon',
    '2020-09-14',
  ),
  person(
    'katarzyna-nowak',
    'Katarzyna Nowak',
    'Engineering Manager, Data Platform',
    6,
    ENG,
    'ingrid-larsen',
    'berlin',
    '2019-02-18',
  ),
  person(
    'ravi-shankar',
    'Ravi Shankar',
    'Senior Software Engineer',
    5,
    ENG,
    'daniel-kim',
    'singapore',
    '2018-11-26',
  ),
  // Leads the "Women in Tech" employee resource group.
  person(
    'erg-lead',
    'Adaeze Okafor',
    'Senior Software Engineer',
    5,
    ENG,
    'katarzyna-nowak',
    'london',
    '2019-04-15',
  ),
  person('ines-moreira', 'Inês Moreira', 'Software Engineer', 4, ENG, 'daniel-kim', 'lisbon', '2021-10-18'),
  person(
    'felix-hoffmann',
    'Felix Hoffmann',
    'DevOps Engineer',
    4,
    ENG,
    'katarzyna-nowak',
    'berlin',
    '2022-05-02',
  ),
  // Knows blockchain and fintech; will mentor the CFO.
  person(
    'junior-blockchain-engineer',
    'Leila Haddad',
    'Junior Software Engineer',
    2,
    ENG,
    'daniel-kim',
    'lisbon',
    '2024-09-02',
  ),
  person(
    'mateo-silva',
    'Mateo Silva',
    'Apprentice Software Engineer',
    1,
    ENG,
    'katarzyna-nowak',
    'berlin',
    '2026-03-02',
  ),

  // Product
  person('vp-product', 'Rahul Mehta', 'VP of Product', 8, PROD, 'cto', 'london', '2020-05-04'),
  person(
    'fatima-al-sayed',
    'Fatima Al-Sayed',
    'Director of Product, Energy Trading',
    7,
    PROD,
    'vp-product',
    'london',
    '2020-11-16',
  ),
  person(
    'lukas-weber',
    'Lukas Weber',
    'Group Product Manager',
    6,
    PROD,
    'fatima-al-sayed',
    'berlin',
    '2021-02-22',
  ),
  person('aisha-karimi', 'Aisha Karimi', 'Product Manager', 5, PROD, 'lukas-weber', 'london', '2021-07-12'),
  onLeave(
    person('elif-yilmaz', 'Elif Yilmaz', 'Product Designer', 4, PROD, 'lukas-weber', 'berlin', '2022-02-14'),
  ),
  person(
    'hana-sato',
    'Hana Sato',
    'Associate Product Manager',
    3,
    PROD,
    'lukas-weber',
    'singapore',
    '2023-10-02',
  ),

  // Sales
  person('vp-sales', 'Kwame Mensah', 'VP of Sales', 8, SALES, 'cco', 'newYork', '2017-03-20'),
  person(
    'oliver-brandt',
    'Oliver Brandt',
    'Director of Sales, EMEA',
    7,
    SALES,
    'vp-sales',
    'berlin',
    '2019-09-09',
  ),
  person('mei-tan', 'Mei Tan', 'Director of Sales, APAC', 7, SALES, 'vp-sales', 'singapore', '2021-01-18'),
  person(
    'ben-harrington',
    'Ben Harrington',
    'Sales Manager, UK & Ireland',
    6,
    SALES,
    'oliver-brandt',
    'london',
    '2018-01-08',
  ),
  person(
    'marcus-johnson',
    'Marcus Johnson',
    'Sales Manager, North America',
    6,
    SALES,
    'vp-sales',
    'newYork',
    '2019-05-20',
  ),
  left(
    person(
      'tobias-klein',
      'Tobias Klein',
      'Account Executive',
      4,
      SALES,
      'oliver-brandt',
      'berlin',
      '2022-09-05',
    ),
    '2026-01-30',
  ),
  person('farah-aziz', 'Farah Aziz', 'Account Executive', 4, SALES, 'mei-tan', 'singapore', '2023-01-09'),
  person(
    'tyrese-campbell',
    'Tyrese Campbell',
    'Sales Development Representative',
    2,
    SALES,
    'ben-harrington',
    'london',
    '2025-02-03',
  ),
  left(
    person(
      'sofia-rossi',
      'Sofia Rossi',
      'Sales Development Representative',
      2,
      SALES,
      'marcus-johnson',
      'newYork',
      '2024-06-17',
    ),
    '2026-05-15',
  ),

  // People & Culture: HR runs the program.
  person(
    'head-of-people',
    'Nadia Rahman',
    'Head of People',
    7,
    PEOPLE,
    'chief-people-officer',
    'london',
    '2020-03-02',
  ),
  person(
    'emma-clarke',
    'Emma Clarke',
    'Senior HR Business Partner',
    6,
    PEOPLE,
    'head-of-people',
    'london',
    '2019-11-04',
  ),
  person(
    'hr-program-manager',
    'Sarah Lindqvist',
    'Talent & Mentoring Program Manager',
    5,
    PEOPLE,
    'head-of-people',
    'london',
    '2021-09-13',
  ),
  person(
    'omar-siddiqui',
    'Omar Siddiqui',
    'Talent Acquisition Partner',
    4,
    PEOPLE,
    'emma-clarke',
    'london',
    '2022-06-20',
  ),
  person(
    'jamal-williams',
    'Jamal Williams',
    'People Operations Coordinator',
    2,
    PEOPLE,
    'emma-clarke',
    'london',
    '2024-11-11',
  ),

  // Operations, including IT (the organisation admin).
  person('vp-operations', 'Luís Carvalho', 'VP of Operations', 8, OPS, 'coo', 'lisbon', '2016-11-07'),
  person(
    'pedro-almeida',
    'Pedro Almeida',
    'Director of IT & Security',
    7,
    OPS,
    'vp-operations',
    'lisbon',
    '2018-05-14',
  ),
  person('joao-santos', 'João Santos', 'IT Manager', 6, OPS, 'pedro-almeida', 'lisbon', '2019-03-11'),
  person('it-admin', 'Rui Costa', 'IT Administrator', 4, OPS, 'joao-santos', 'lisbon', '2020-10-05'),
  person(
    'beatriz-lima',
    'Beatriz Lima',
    'Operations Analyst',
    4,
    OPS,
    'vp-operations',
    'lisbon',
    '2021-11-29',
  ),
  person(
    'diogo-pereira',
    'Diogo Pereira',
    'IT Support Technician',
    2,
    OPS,
    'joao-santos',
    'lisbon',
    '2025-06-16',
  ),

  // Customer Success: the social-media junior sits here, outside the VP of Marketing's reporting line.
  person('vp-customer-success', 'Grace Liu', 'VP of Customer Success', 8, CS, 'coo', 'toronto', '2019-08-12'),
  person(
    'chloe-tremblay',
    'Chloé Tremblay',
    'Senior Manager, Community & Support',
    6,
    CS,
    'vp-customer-success',
    'toronto',
    '2020-01-13',
  ),
  person(
    'camille-roy',
    'Camille Roy',
    'Customer Success Manager',
    5,
    CS,
    'chloe-tremblay',
    'toronto',
    '2021-04-26',
  ),
  person(
    'social-media-manager',
    'Maya Castillo',
    'Social Media Manager, Community',
    3,
    CS,
    'chloe-tremblay',
    'toronto',
    '2023-05-15',
  ),
  person(
    'ngozi-eze',
    'Ngozi Eze',
    'Customer Support Specialist',
    1,
    CS,
    'chloe-tremblay',
    'toronto',
    '2025-10-20',
  ),

  // Legal
  person(
    'hannah-cohen',
    'Hannah Cohen',
    'Senior Legal Counsel',
    6,
    LEGAL,
    'general-counsel',
    'newYork',
    '2020-07-06',
  ),
  person('ella-novak', 'Ella Novak', 'Paralegal', 3, LEGAL, 'hannah-cohen', 'newYork', '2023-07-24'),
];

/**
 * One login per role; every demo password is DEMO_PASSWORD. personKey links the account to an employee record.
 * The demo password is public and names the product, so the password rule would refuse it: the seed
 * stores its hash directly, on purpose, and never through the rule.
 */
export const DEMO_PASSWORD = 'counterpart-demo';

export type DemoAccount = {
  readonly role: 'org_admin' | 'program_manager' | 'sponsor' | 'erg_lead' | 'participant';
  readonly personKey: string;
  readonly label: string;
};

export const demoAccounts: readonly DemoAccount[] = [
  { role: 'org_admin', personKey: 'it-admin', label: 'IT administrator' },
  { role: 'program_manager', personKey: 'hr-program-manager', label: 'HR program manager' },
  { role: 'sponsor', personKey: 'ceo', label: 'CEO, program sponsor' },
  { role: 'erg_lead', personKey: 'erg-lead', label: 'Women in Tech ERG lead' },
  { role: 'participant', personKey: 'junior-blockchain-engineer', label: 'Junior engineer (mentor)' },
  { role: 'participant', personKey: 'cfo', label: 'CFO (mentee)' },
  {
    role: 'participant',
    personKey: 'diogo-pereira',
    label: 'IT support technician (mentor, kickoff pending)',
  },
  { role: 'participant', personKey: 'cto', label: 'CTO (mentee, kickoff pending)' },
];
