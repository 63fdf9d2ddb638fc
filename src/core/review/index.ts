// The review session: pure state and transitions, shared by the renderer and its tests.
export * from './issues';
export * from './plan-correction';
export * from './restore';
export * from './review-actions';
export * from './review-reducer';
export * from './review-state';
