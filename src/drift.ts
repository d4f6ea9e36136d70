// Catalogue drift: the same inputs judged under the latest catalogue version, reduced to the
// requirements whose status would change. Users see what a newer vendor list breaks before
// their runner does.
import type { CatalogueDrift, RequirementResult } from "./model/result.js";
import type { Status } from "./model/vocabulary.js";

/** The requirements whose status differs between the run's table (`from`) and the latest version's (`to`). */
export function catalogueDrift(from: RequirementResult[], to: RequirementResult[], version: string): CatalogueDrift {
  const before = new Map(from.map((r) => [r.id, r]));
  const after = new Map(to.map((r) => [r.id, r]));
  const ids = [...new Set([...before.keys(), ...after.keys()])];
  const status = (r: RequirementResult | undefined): Status | "absent" => r?.status ?? "absent";
  const changes = ids
    .filter((id) => status(before.get(id)) !== status(after.get(id)))
    .map((id) => ({
      requirement: id,
      title: (after.get(id) ?? before.get(id))!.title,
      status: status(before.get(id)),
      latest: status(after.get(id)),
    }));
  return { version, changes };
}
