import { describe, expect, it } from 'vitest';
import { isTourStep, stepAfter, stepForKey, tourPath, TOUR_STEPS } from './tour';

describe('demo tour', () => {
  it('has five steps, from the company through result and roadmap to the defect check and what next', () => {
    expect(TOUR_STEPS).toEqual(['company', 'result', 'roadmap', 'inspect', 'next']);
  });

  it('moves with arrow and page keys and stops at both ends', () => {
    expect(stepForKey('company', 'ArrowRight')).toBe('result');
    expect(stepForKey('result', 'PageUp')).toBe('company');
    expect(stepForKey('company', 'ArrowLeft')).toBe('company');
    expect(stepForKey('next', 'ArrowRight')).toBe('next');
    expect(stepForKey('roadmap', 'End')).toBe('next');
    expect(stepForKey('roadmap', 'Home')).toBe('company');
    expect(stepForKey('roadmap', 'a')).toBeUndefined();
    expect(stepAfter('result', 2)).toBe('inspect');
  });

  it('recognises its own paths', () => {
    expect(tourPath('food-processor', 'roadmap')).toBe('/demo/tour/food-processor/roadmap');
    expect(isTourStep('roadmap')).toBe(true);
    expect(isTourStep('settings')).toBe(false);
    expect(isTourStep(undefined)).toBe(false);
  });
});
