// Shared by the brute-force references of the next-steps tests: the points each pillar lacks
// to pass a level's share, counted up one point at a time (no formula to get wrong).

/** For each pillar, the points it still needs to be over `abovePercent` of its maximum (0 when it is). */
export function pillarDeficits(pillars: readonly { points: number; maxPoints: number }[], abovePercent: number): number[] {
  return pillars.map((p) => {
    let reach = p.points;
    while (reach * 100 <= abovePercent * p.maxPoints) reach++;
    return reach - p.points;
  });
}
