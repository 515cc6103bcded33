import { type MeetingMode, meetingModes } from './meeting-modes';
import type { PreparedCohort, PreparedPerson } from './prepared-cohort';

/**
 * The cohort compiled once into typed arrays for scoring millions of pairs: strings become small
 * integers (skills, languages, departments, …), per-person lists become compressed rows (CSR), and
 * people are addressed by their position on their side (mentors[m], mentees[e]). Criteria and hard
 * rules compile their pair functions against this; explanations still read the prepared people.
 */
export type IdLists = {
  /** people + 1 offsets into `id` (and into `level` / `value` where the list has them). */
  readonly start: Int32Array;
  readonly id: Int32Array;
};

export type SkillLists = IdLists & { readonly level: Uint8Array };

export type CompiledSide = {
  readonly count: number;
  readonly level: Float64Array;
  readonly orgIndex: Int32Array;
  /** Interned normalised values; -1 when not given. */
  readonly department: Int32Array;
  readonly function: Int32Array;
  readonly location: Int32Array;
  readonly generation: Int32Array;
  /** Skills in each person's own order (a normalised skill once, at its highest level). */
  readonly offers: SkillLists;
  readonly wants: SkillLists;
  /** Merged weekly UTC [start, end) minute pairs, flattened: `id` holds the minutes. */
  readonly availability: IdLists;
  /** One bit per meeting mode (see modeBit). */
  readonly modes: Uint8Array;
  readonly languages: IdLists;
  /** Consented background attributes: `id` the attribute, `value` its normalised value. */
  readonly background: IdLists & { readonly value: Int32Array };
  /** Requests as positions on the other side (ids not on the other side are left out). */
  readonly wouldLike: IdLists;
  readonly pleaseNot: IdLists;
};

export type CompiledCohort = {
  readonly prepared: PreparedCohort;
  readonly mentors: CompiledSide;
  readonly mentees: CompiledSide;
};

/** A meeting mode's bit in `modes` (modes are a fixed enum of the cohort schema). */
export const modeBit = (mode: MeetingMode): number => 1 << meetingModes.indexOf(mode);

export function compileCohort(prepared: PreparedCohort): CompiledCohort {
  const dictionaries = new Map<string, Map<string, number>>();
  const intern = (kind: string, text: string | undefined): number => {
    if (text === undefined) return -1;
    let dictionary = dictionaries.get(kind);
    if (!dictionary) {
      dictionary = new Map();
      dictionaries.set(kind, dictionary);
    }
    let id = dictionary.get(text);
    if (id === undefined) {
      id = dictionary.size;
      dictionary.set(text, id);
    }
    return id;
  };
  const mentorIndex = new Map(prepared.mentors.map((p, i) => [p.id, i]));
  const menteeIndex = new Map(prepared.mentees.map((p, i) => [p.id, i]));
  const mentors = compileSide(prepared.mentors, menteeIndex, intern);
  const mentees = compileSide(prepared.mentees, mentorIndex, intern);
  return { prepared, mentors, mentees };
}

type Intern = (kind: string, text: string | undefined) => number;

function compileSide(
  people: readonly PreparedPerson[],
  otherIndex: ReadonlyMap<string, number>,
  intern: Intern,
): CompiledSide {
  const n = people.length;
  const column = (pick: (p: PreparedPerson) => number): Int32Array => Int32Array.from(people, pick);
  const skills = (pick: (p: PreparedPerson) => ReadonlyMap<string, number>): SkillLists => {
    const lists = idLists(people, (p) => [...pick(p).keys()].map((skill) => intern('skill', skill)));
    const level = new Uint8Array(lists.id.length);
    people.forEach((p, i) => {
      let at = lists.start[i]!;
      for (const value of pick(p).values()) level[at++] = value;
    });
    return { ...lists, level };
  };
  const backgroundEntries = (p: PreparedPerson) => Object.entries(p.background ?? {});
  const background = idLists(people, (p) => backgroundEntries(p).map(([key]) => intern('attribute', key)));
  const value = Int32Array.from(
    people.flatMap((p) => backgroundEntries(p).map(([, v]) => intern('value', v.trim().toLowerCase()))),
  );
  const others = (ids: ReadonlySet<string>): number[] =>
    [...ids].flatMap((id) => (otherIndex.has(id) ? [otherIndex.get(id)!] : []));
  return {
    count: n,
    level: Float64Array.from(people, (p) => p.participant.level),
    orgIndex: column((p) => p.orgIndex),
    department: column((p) => intern('department', p.normalised.department)),
    function: column((p) => intern('function', p.normalised.function)),
    location: column((p) => intern('location', p.normalised.location)),
    generation: column((p) => intern('generation', p.normalised.generation)),
    offers: skills((p) => p.offers),
    wants: skills((p) => p.wants),
    availability: idLists(people, (p) => [...p.availability]),
    modes: Uint8Array.from(people, (p) => [...p.modes].reduce((bits, mode) => bits | modeBit(mode), 0)),
    languages: idLists(people, (p) => [...p.languages].map((language) => intern('language', language))),
    background: { ...background, value },
    wouldLike: idLists(people, (p) => others(p.wouldLike)),
    pleaseNot: idLists(people, (p) => others(p.pleaseNot)),
  };
}

function idLists(people: readonly PreparedPerson[], list: (p: PreparedPerson) => readonly number[]): IdLists {
  const start = new Int32Array(people.length + 1);
  const ids: number[] = [];
  people.forEach((p, i) => {
    for (const id of list(p)) ids.push(id);
    start[i + 1] = ids.length;
  });
  return { start, id: Int32Array.from(ids) };
}

/** True when the list of person `i` holds `id`. */
export function listHas(lists: IdLists, i: number, id: number): boolean {
  for (let k = lists.start[i]!, end = lists.start[i + 1]!; k < end; k++) if (lists.id[k] === id) return true;
  return false;
}
