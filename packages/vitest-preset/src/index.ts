export { standardDecorators } from './decorators.ts';
export { defineStageTestConfig } from './stage-config.ts';
