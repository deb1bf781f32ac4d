/**
 * The report's resource and person filters tell apart resources of one name: a province's
 * libraries each have an `Aula`, listed alike as `Aula (Ruang)` (found by the Ambon
 * planner's walk, stop 43).
 */
import { describe, expect, it } from "vitest";
import { reportData } from "../../src/export/index.js";
import { resourceChoices } from "../../src/export/html/browser/resource-choices.js";
import { planWorkspace } from "../../src/plan-workspace.js";
import { library, workspaceOf } from "../allocate/helpers.js";

const weekly = (first: string) => [{ kind: "rrule", dtstart: `${first}T09:00`, rrule: "FREQ=WEEKLY;COUNT=2", durationMinutes: 60 }];
const program = (id: string, at: string, first: string, room: string, person: string) => ({
  id,
  title: `Klub ${id}`,
  library: at,
  category: "book_discussion",
  schedules: weekly(first),
  needs: [
    { kind: "room", resource: room, quantity: 1 },
    { kind: "staff", resource: person, quantity: 1 },
  ],
});
const room = (id: string, at: string, name: string) => ({ kind: "room", id, name, capacity: 30, library: at });
const person = (id: string, at: string, name: string) => ({ kind: "staff", id, name, library: at, availability: [{ days: ["mon", "tue", "wed", "thu", "fri", "sat"], time: { start: "08:00", end: "16:00" } }] });

describe("the resource and person filters' choices", () => {
  const workspace = workspaceOf({
    libraries: [library("maju", { name: "Perpustakaan Desa Maju" }), library("jaya", { name: "Perpustakaan Desa Jaya" })],
    resources: [room("aula_maju", "maju", "Aula"), room("aula_jaya", "jaya", "Aula"), room("baca", "maju", "Ruang Baca"), person("ani_maju", "maju", "Ani"), person("ani_jaya", "jaya", "Ani"), person("budi", "jaya", "Budi")],
    programs: [program("a", "maju", "2019-01-07", "aula_maju", "ani_maju"), program("b", "jaya", "2019-01-08", "aula_jaya", "ani_jaya"), program("c", "maju", "2019-01-09", "baca", "ani_maju"), program("d", "jaya", "2019-01-10", "aula_jaya", "budi")],
  });
  const data = reportData(planWorkspace(workspace, { horizon: { from: "2019-01-01", to: "2019-01-31" }, seed: 1 }), workspace, { language: "id" });
  const names = (kinds: readonly string[], details: (kindLabel: string) => string[]) =>
    resourceChoices(data, (r) => kinds.includes(r.kind), (r) => details(r.kindLabel))
      .map((c) => c.name)
      .sort();

  it("name a shared name with its library, and a name of its own alone", () => {
    expect(names(["room"], (label) => [label])).toEqual(["Aula (Ruang, Perpustakaan Desa Jaya)", "Aula (Ruang, Perpustakaan Desa Maju)", "Ruang Baca (Ruang)"]);
    expect(names(["staff"], () => [])).toEqual(["Ani (Perpustakaan Desa Jaya)", "Ani (Perpustakaan Desa Maju)", "Budi"]);
  });

  it("keep each resource's index, once", () => {
    const all = resourceChoices(data, () => true, () => []).map((c) => c.index);
    expect(all.sort((a, b) => a - b)).toEqual(data.resources.map((_, i) => i));
  });
});
