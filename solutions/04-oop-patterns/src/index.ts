export { Circle, Rect, Shape, Square, Triangle } from './shapes.ts';
