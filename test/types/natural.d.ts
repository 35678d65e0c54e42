// natural types its distance functions in distance/index.d.ts only; the tests import one by its own file.
declare module 'natural/lib/natural/distance/jaro-winkler_distance.js' {
  import type { JaroWinklerDistance } from 'natural/lib/natural/distance/index.js';
  const distance: typeof JaroWinklerDistance;
  export default distance;
}
