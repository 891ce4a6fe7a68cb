/** The guided event tour, as data: five steps of about a minute each. */
export const TOUR_STEPS = ['company', 'result', 'roadmap', 'inspect', 'next'] as const;
export type TourStep = (typeof TOUR_STEPS)[number];

/** The framework whose result the tour shows: the full capability-maturity assessment. */
export const TOUR_FRAMEWORK_ID = 'cmmm-2020';

export function isTourStep(value: string | undefined): value is TourStep {
  return (TOUR_STEPS as readonly string[]).includes(value ?? '');
}

/** The step `delta` away from `step`, held at the ends (the tour never wraps round mid-demo). */
export function stepAfter(step: TourStep, delta: number): TourStep {
  const index = Math.min(TOUR_STEPS.length - 1, Math.max(0, TOUR_STEPS.indexOf(step) + delta));
  return TOUR_STEPS[index] ?? step;
}

/** Hash path of a tour step for a sample. */
export function tourPath(sampleId: string, step: TourStep): string {
  return `/demo/tour/${sampleId}/${step}`;
}

/** What a key press does in the tour: arrows and page keys move, Home/End jump, others do nothing. */
export function stepForKey(step: TourStep, key: string): TourStep | undefined {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
      return stepAfter(step, 1);
    case 'ArrowLeft':
    case 'PageUp':
      return stepAfter(step, -1);
    case 'Home':
      return TOUR_STEPS[0];
    case 'End':
      return TOUR_STEPS[TOUR_STEPS.length - 1];
    default:
      return undefined;
  }
}
