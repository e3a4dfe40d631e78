/**
 * Official day-off schedules for civil servants (cán bộ, công chức, viên chức), 2019–2026, transcribed from
 * /work/shared/data/vn-public-holidays.md (§ 3 tables and § 7 JSON). Only days that are days off *because of* a
 * holiday are listed: the statutory days (also when they fall on a weekend), compensatory days (nghỉ bù,
 * Labour Code 2019 Art. 111(3)) and swapped weekdays (hoán đổi, approved by Government Office dispatches).
 * Plain weekends attached to a break are ordinary weekends. 2027 has no official schedule yet (derived).
 */
import type { DayOffKind, Occasion, YearSchedule } from './calendar.schemas';
import { nameDayOff, nameWorkingSaturday } from './occasions';
import type { IsoDate } from './iso-date';

type Row = readonly [date: IsoDate, kind: DayOffKind, occasion: Occasion];
interface OfficialYear {
  sourceNote: string;
  daysOff: readonly Row[];
  /** [working Saturday, weekday it replaces] */
  workingSaturdays: readonly (readonly [IsoDate, IsoDate])[];
}

const H = 'holiday';
const C = 'compensatory';
const S = 'swapped';
const NY = 'new-year';
const TET = 'lunar-new-year';
const HK = 'hung-kings';
const R = 'reunification';
const L = 'labour-day';
const QK = 'national-day';

const OFFICIAL_YEARS: Readonly<Record<number, OfficialYear>> = {
  2019: {
    sourceNote: '6519/VPCP-KGVX (2018) + MOLISA 3238/TB-LĐTBXH; Giỗ Tổ/QK by Labour Code 2012 Art.115',
    daysOff: [
      ['2019-01-01', H, NY],
      ['2019-02-04', H, TET], ['2019-02-05', H, TET], ['2019-02-06', H, TET], ['2019-02-07', H, TET], ['2019-02-08', H, TET],
      ['2019-04-14', H, HK], ['2019-04-15', C, HK],
      ['2019-04-29', S, R], ['2019-04-30', H, R], ['2019-05-01', H, L],
      ['2019-09-02', H, QK],
    ],
    workingSaturdays: [['2019-01-05', '2018-12-31'], ['2019-05-04', '2019-04-29']],
  },
  2020: {
    sourceNote: 'MOLISA/Gov. decision for Tết 2020 (kienthuc.net.vn, thoidai.com.vn); other days by Labour Code 2012 Art.115',
    daysOff: [
      ['2020-01-01', H, NY],
      ['2020-01-23', H, TET], ['2020-01-24', H, TET], ['2020-01-25', H, TET], ['2020-01-26', H, TET], ['2020-01-27', H, TET],
      ['2020-01-28', C, TET], ['2020-01-29', C, TET],
      ['2020-04-02', H, HK],
      ['2020-04-30', H, R], ['2020-05-01', H, L],
      ['2020-09-02', H, QK],
    ],
    workingSaturdays: [],
  },
  2021: {
    sourceNote: 'MOLISA 2021 schedule (sggpnews.org.vn 2020-12-09); Labour Code 2019 Art.112',
    daysOff: [
      ['2021-01-01', H, NY],
      ['2021-02-10', H, TET], ['2021-02-11', H, TET], ['2021-02-12', H, TET], ['2021-02-13', H, TET], ['2021-02-14', H, TET],
      ['2021-02-15', C, TET], ['2021-02-16', C, TET],
      ['2021-04-21', H, HK],
      ['2021-04-30', H, R], ['2021-05-01', H, L], ['2021-05-03', C, L],
      ['2021-09-02', H, QK], ['2021-09-03', H, QK],
    ],
    workingSaturdays: [],
  },
  2022: {
    sourceNote: '245/VPCP-KGVX (11/01/2022); other days by Labour Code 2019 Arts.111(3),112',
    daysOff: [
      ['2022-01-01', H, NY], ['2022-01-03', C, NY],
      ['2022-01-31', H, TET], ['2022-02-01', H, TET], ['2022-02-02', H, TET], ['2022-02-03', H, TET], ['2022-02-04', H, TET],
      ['2022-04-10', H, HK], ['2022-04-11', C, HK],
      ['2022-04-30', H, R], ['2022-05-01', H, L], ['2022-05-02', C, R], ['2022-05-03', C, L],
      ['2022-09-01', H, QK], ['2022-09-02', H, QK],
    ],
    workingSaturdays: [],
  },
  2023: {
    sourceNote: 'Gov. plan for Tết 2023 (sggpnews.org.vn 2022-12-08); other days by Labour Code 2019 Arts.111(3),112',
    daysOff: [
      ['2023-01-01', H, NY], ['2023-01-02', C, NY],
      ['2023-01-20', H, TET], ['2023-01-21', H, TET], ['2023-01-22', H, TET], ['2023-01-23', H, TET], ['2023-01-24', H, TET],
      ['2023-01-25', C, TET], ['2023-01-26', C, TET],
      ['2023-04-29', H, HK], ['2023-04-30', H, R], ['2023-05-01', H, L], ['2023-05-02', C, HK], ['2023-05-03', C, R],
      ['2023-09-01', H, QK], ['2023-09-02', H, QK], ['2023-09-04', C, QK],
    ],
    workingSaturdays: [],
  },
  2024: {
    sourceNote: 'MOLISA notice Tết+QK 2024 (sucsongtre.vn); 2450/VPCP-KGVX (12/4/2024) swap 29/4<->4/5',
    daysOff: [
      ['2024-01-01', H, NY],
      ['2024-02-08', H, TET], ['2024-02-09', H, TET], ['2024-02-10', H, TET], ['2024-02-11', H, TET], ['2024-02-12', H, TET],
      ['2024-02-13', C, TET], ['2024-02-14', C, TET],
      ['2024-04-18', H, HK],
      ['2024-04-29', S, R], ['2024-04-30', H, R], ['2024-05-01', H, L],
      ['2024-09-02', H, QK], ['2024-09-03', H, QK],
    ],
    workingSaturdays: [['2024-05-04', '2024-04-29']],
  },
  2025: {
    sourceNote: '8726/VPCP-KGVX (26/11/2024); swap 2/5<->26/4; MoHA QK 2025 notice (vietnamnews.vn 2025-08-04)',
    daysOff: [
      ['2025-01-01', H, NY],
      ['2025-01-27', H, TET], ['2025-01-28', H, TET], ['2025-01-29', H, TET], ['2025-01-30', H, TET], ['2025-01-31', H, TET],
      ['2025-04-07', H, HK],
      ['2025-04-30', H, R], ['2025-05-01', H, L], ['2025-05-02', S, L],
      ['2025-09-01', H, QK], ['2025-09-02', H, QK],
    ],
    workingSaturdays: [['2025-04-26', '2025-05-02']],
  },
  2026: {
    sourceNote:
      '12729/VPCP-KGVX (25/12/2025) swap 2/1<->10/1; MoHA notice Tết+QK 2026 (vietnamnews.vn 2025-10-17) swap 31/8<->22/8',
    daysOff: [
      ['2026-01-01', H, NY], ['2026-01-02', S, NY],
      ['2026-02-16', H, TET], ['2026-02-17', H, TET], ['2026-02-18', H, TET], ['2026-02-19', H, TET], ['2026-02-20', H, TET],
      ['2026-04-26', H, HK], ['2026-04-27', C, HK],
      ['2026-04-30', H, R], ['2026-05-01', H, L],
      ['2026-08-31', S, QK], ['2026-09-01', H, QK], ['2026-09-02', H, QK],
    ],
    workingSaturdays: [['2026-01-10', '2026-01-02'], ['2026-08-22', '2026-08-31']],
  },
};

function toYearSchedule(year: number, data: OfficialYear): YearSchedule {
  return {
    year,
    source: 'official',
    sourceNote: data.sourceNote,
    daysOff: data.daysOff.map(([date, kind, occasion]) => ({ date, kind, occasion, name: nameDayOff(kind, occasion) })),
    workingSaturdays: data.workingSaturdays.map(([date, replaces]) => ({
      date,
      replaces,
      name: nameWorkingSaturday(replaces),
    })),
  };
}

/** The official schedules shipped with Oversight, by year. */
export const OFFICIAL_SCHEDULES: ReadonlyMap<number, YearSchedule> = new Map(
  Object.entries(OFFICIAL_YEARS).map(([year, data]) => [Number(year), toYearSchedule(Number(year), data)]),
);
