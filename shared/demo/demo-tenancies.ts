/**
 * Tenancies from the demo's profiles: one stay per firm, a second for a firm that moved (the
 * first ends the day the second begins) and an end date for a firm that left. Each firm lets
 * office space in line with its staff; the parks' areas are then drawn around what is let.
 */
import { makeIsoDate, type IsoDate } from '../dates/iso-date';
import type { Park } from '../parks/park';
import { isTenantOn, type Tenancy } from '../tenancies/tenancy';
import { demoRecord } from './demo-meta';
import type { EnterpriseProfile } from './enterprise-profiles';
import type { Random } from './random';

const buildings = ['A座', 'B座', 'C座', '1号楼', '2号楼', '3号楼', '5号楼', '6号楼', '8号楼'];
/** The demo's "today": areas are let as of the end of 2024. */
export const demoYearEnd: IsoDate = '2024-12-31';

function laterOf(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}

/** When a firm founded before 2023 moved in: some day between founding and the end of 2022. */
function drawMoveIn(random: Random, foundedOn: IsoDate, park: Park): IsoDate {
  const from = laterOf(foundedOn, park.openedOn ?? foundedOn);
  if (from >= '2023-01-01') return from;
  const fromYear = Number(from.slice(0, 4));
  const date = makeIsoDate(random.int(fromYear, 2022), random.int(1, 12), random.int(1, 28));
  return laterOf(date, from);
}

function leasedArea(random: Random, profile: EnterpriseProfile): number {
  const employees =
    profile.years[2024]?.employeesAtYearEnd ?? profile.years[2023]?.employeesAtYearEnd ?? 5;
  return Math.round(Math.min(30_000, Math.max(20, employees * (8 + 7 * random.next()))));
}

function place(random: Random): Pick<Tenancy, 'building' | 'room'> {
  const floor = random.int(1, 12);
  return {
    building: random.pick(buildings),
    room: `${floor}${String(random.int(1, 30)).padStart(2, '0')}`,
  };
}

export function generateTenancies(
  random: Random,
  profiles: readonly EnterpriseProfile[],
  enterpriseIds: readonly string[],
  parks: readonly Park[],
): Tenancy[] {
  const tenancies: Tenancy[] = [];
  for (const profile of profiles) {
    const enterpriseId = enterpriseIds[profile.index] ?? '';
    const firstPark = parks[profile.parkIndex];
    if (firstPark === undefined) throw new RangeError(`No park ${profile.parkIndex}`);
    // Firms founded in the report years move in on their founding day, so they report from it.
    const movedInOn =
      profile.foundedOn >= '2023-01-01'
        ? profile.foundedOn
        : drawMoveIn(random, profile.foundedOn, firstPark);
    const areaSqm = leasedArea(random, profile);
    const endedOn = profile.move?.on ?? profile.movedOutOn;
    const stays: { parkId: string; movedInOn: IsoDate; movedOutOn: IsoDate | undefined }[] = [
      { parkId: firstPark.id, movedInOn, movedOutOn: endedOn },
    ];
    if (profile.move !== undefined) {
      const secondPark = parks[profile.move.toParkIndex];
      if (secondPark === undefined) throw new RangeError(`No park ${profile.move.toParkIndex}`);
      stays.push({ parkId: secondPark.id, movedInOn: profile.move.on, movedOutOn: undefined });
    }
    for (const [stayIndex, stay] of stays.entries()) {
      const id = `${enterpriseId.replace('demo-ent-', 'ten-')}-${stayIndex + 1}`;
      const leaseEndsOn =
        stay.movedOutOn === undefined
          ? makeIsoDate(
              random.int(2025, 2027),
              Number(stay.movedInOn.slice(5, 7)),
              Math.min(28, Number(stay.movedInOn.slice(8, 10))),
            )
          : undefined;
      tenancies.push(
        demoRecord(id, {
          enterpriseId,
          parkId: stay.parkId,
          ...place(random),
          leasedAreaSqm: areaSqm,
          movedInOn: stay.movedInOn,
          ...(leaseEndsOn === undefined ? {} : { leaseEndsOn }),
          ...(stay.movedOutOn === undefined ? {} : { movedOutOn: stay.movedOutOn }),
        }),
      );
    }
  }
  return tenancies;
}

/** Area let in each park at the end of 2024, by park id. */
export function leasedAreaByPark(tenancies: readonly Tenancy[]): Map<string, number> {
  const areas = new Map<string, number>();
  for (const tenancy of tenancies) {
    if (!isTenantOn(tenancy, demoYearEnd)) continue;
    areas.set(tenancy.parkId, (areas.get(tenancy.parkId) ?? 0) + (tenancy.leasedAreaSqm ?? 0));
  }
  return areas;
}
