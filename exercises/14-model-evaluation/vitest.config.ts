import { defineStageTestConfig } from '@roadmap/vitest-preset';

export default defineStageTestConfig();
