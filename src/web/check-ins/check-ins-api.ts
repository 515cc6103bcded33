import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, request } from '../api/client';
import type {
  CheckInDetail,
  MyCheckIn,
  ProgramSurvey,
  SurveyAnswers,
  SurveyDatesInput,
  SurveyResults,
} from './check-in-types';

const enc = encodeURIComponent;

export const myCheckInsKey = ['my', 'check-ins'] as const;
export const myCheckInKey = (id: string) => [...myCheckInsKey, id] as const;
export const programSurveysKey = (programId: string) => ['programs', programId, 'surveys'] as const;
export const surveyResultsKey = (programId: string, surveyId: string) =>
  [...programSurveysKey(programId), surveyId, 'results'] as const;

const surveysPath = (programId: string) => `/programs/${enc(programId)}/surveys`;
const surveyPath = (programId: string, surveyId: string) => `${surveysPath(programId)}/${enc(surveyId)}`;
const checkInPath = (id: string) => `/my/check-ins/${enc(id)}`;

export function useMyCheckIns() {
  return useQuery({
    queryKey: myCheckInsKey,
    queryFn: () => api.get<{ items: MyCheckIn[] }>('/my/check-ins'),
    select: (data) => data.items,
  });
}

export function useCheckIn(id: string) {
  return useQuery({
    queryKey: myCheckInKey(id),
    queryFn: () => api.get<CheckInDetail>(checkInPath(id)),
  });
}

/** Saves the caller's answers; the list is refreshed so it shows them as answered. */
export function useSaveAnswers(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (answers: SurveyAnswers) => api.put<CheckInDetail>(checkInPath(id), { answers }),
    onSuccess: (detail) => {
      queryClient.setQueryData(myCheckInKey(id), detail);
      void queryClient.invalidateQueries({ queryKey: myCheckInsKey, exact: true });
    },
  });
}

export function useProgramSurveys(programId: string) {
  return useQuery({
    queryKey: programSurveysKey(programId),
    queryFn: () => api.get<{ items: ProgramSurvey[] }>(surveysPath(programId)),
    select: (data) => data.items,
  });
}

export function useSurveyResults(programId: string, surveyId: string) {
  return useQuery({
    queryKey: surveyResultsKey(programId, surveyId),
    queryFn: () => api.get<SurveyResults>(`${surveyPath(programId, surveyId)}/results`),
  });
}

/** Puts the server's answer for one survey into the program's list, then refreshes its results. */
function storeSurvey(queryClient: QueryClient, programId: string, survey: ProgramSurvey): void {
  queryClient.setQueryData<{ items: ProgramSurvey[] }>(programSurveysKey(programId), (data) =>
    data ? { items: data.items.map((s) => (s.id === survey.id ? survey : s)) } : data,
  );
  void queryClient.invalidateQueries({ queryKey: surveyResultsKey(programId, survey.id) });
}

export function useChangeSurveyDates(programId: string, surveyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SurveyDatesInput) =>
      request<ProgramSurvey>('PATCH', surveyPath(programId, surveyId), input),
    onSuccess: (survey) => storeSurvey(queryClient, programId, survey),
  });
}

export function useSendSurvey(programId: string, surveyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<ProgramSurvey>(`${surveyPath(programId, surveyId)}/send`),
    onSuccess: (survey) => storeSurvey(queryClient, programId, survey),
  });
}

export function useCloseSurvey(programId: string, surveyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<ProgramSurvey>(`${surveyPath(programId, surveyId)}/close`),
    onSuccess: (survey) => storeSurvey(queryClient, programId, survey),
  });
}
