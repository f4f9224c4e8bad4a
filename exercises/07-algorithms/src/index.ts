export { bisectLeft, bisectRight } from './bisect.ts';
