import 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Major version of React the project's tests render with. */
    reactMajor: 18 | 19;
  }
}
