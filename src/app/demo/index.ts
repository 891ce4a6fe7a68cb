// The demo's actions: load (= reset) and remove the sample companies the guided tour uses.
export { removeDemo, resetDemo } from './demo-companies';
