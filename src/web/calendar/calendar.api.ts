import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CalendarYear, CalendarYearInput } from '../../shared/calendar/calendar.schemas';
import { api } from '../lib/api';

const BASE = '/api/v1/calendar';

function calendarYearQuery(year: number) {
  return {
    queryKey: ['calendar', year],
    queryFn: ({ signal }: { signal: AbortSignal }) => api.get<CalendarYear>(`${BASE}/${year}`, undefined, { signal }),
    staleTime: 5 * 60_000,
  };
}

/** One year's days off and make-up working Saturdays, with where they come from. */
export function useCalendarYear(year: number) {
  return useQuery({ ...calendarYearQuery(year), placeholderData: keepPreviousData });
}

/** Several years at once (a deadline period may cross New Year); `undefined` for years not loaded yet. */
export function useCalendarYears(years: number[]): Map<number, CalendarYear> {
  const results = useQueries({ queries: years.map((year) => calendarYearQuery(year)) });
  const out = new Map<number, CalendarYear>();
  results.forEach((r, i) => {
    if (r.data) out.set(years[i]!, r.data);
  });
  return out;
}

/**
 * Saves or reverts an administrator's schedule. Deadlines depend on the calendar, so every computed deadline is
 * refreshed as well.
 */
function useCalendarMutation<V>(call: (variables: V) => Promise<CalendarYear>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (year) => {
      queryClient.setQueryData(['calendar', year.year], year);
      void queryClient.invalidateQueries({ queryKey: ['calendar'] });
      void queryClient.invalidateQueries({ queryKey: ['deadlines'] });
    },
  });
}

export function useSaveCalendarYear() {
  return useCalendarMutation(({ year, input }: { year: number; input: CalendarYearInput }) =>
    api.put<CalendarYear>(`${BASE}/${year}`, input),
  );
}

export function useRevertCalendarYear() {
  return useCalendarMutation((year: number) => api.delete<CalendarYear>(`${BASE}/${year}`));
}
