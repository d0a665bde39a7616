/**
 * Short articles written for these tests. What the analysis finds in them (checked when they
 * were written; the tests compare with the analysis rather than repeat it where they can):
 * - shelling: Kharkiv (UA-63) and the Zaporizhzhia region (UA-23), one claim and one figure on both.
 * - port: Odesa (UA-51) and the Kherson region and city (UA-65), a claim and a figure on Kherson.
 * - regions: "six regions" (feature `unresolved:36`), the Kharkiv region (UA-63), a claim at 77.
 * - undated: Dnipro (UA-12).
 */
export const shelling =
  'KHARKIV: Shelling hit Kharkiv and the Zaporizhzhia region overnight, the governor said, and 12 people were wounded.';
export const port =
  'Drones struck Odesa on Tuesday. Officials in the Kherson region said 3 people were killed in Kherson.';
export const regions =
  'Ukraine said Russian forces shelled six regions overnight, and the army said it shot down 40 drones over the Kharkiv region.';
export const undated = 'Explosions were heard in Dnipro on Friday, the mayor said.';

export const kharkivCity = 'geonames:706483';
export const sixRegions = 'unresolved:36';
export const droneClaim = 77;
