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
    sourceNote: 'Công văn 6519/VPCP-KGVX (11/7/2018) và Thông báo 3238/TB-LĐTBXH: hoán đổi 31/12/2018 ↔ 05/01/2019, 29/4 ↔ 04/5; Giỗ Tổ, Quốc khánh theo Điều 115 Bộ luật Lao động 2012',
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
    sourceNote: 'Quyết định về lịch nghỉ Tết Canh Tý 2020 (Bộ LĐ-TB&XH); các ngày khác theo Điều 115 Bộ luật Lao động 2012',
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
    sourceNote: 'Thông báo lịch nghỉ năm 2021 của Bộ LĐ-TB&XH; Điều 112 Bộ luật Lao động 2019',
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
    sourceNote: 'Công văn 245/VPCP-KGVX (11/01/2022); các ngày khác theo Điều 111 khoản 3, Điều 112 Bộ luật Lao động 2019',
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
    sourceNote: 'Phương án nghỉ Tết Quý Mão 2023 được Thủ tướng chấp thuận; các ngày khác theo Điều 111 khoản 3, Điều 112 Bộ luật Lao động 2019',
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
    sourceNote: 'Thông báo nghỉ Tết và Quốc khánh 2024 của Bộ LĐ-TB&XH; Công văn 2450/VPCP-KGVX (12/4/2024): hoán đổi 29/4 ↔ 04/5',
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
    sourceNote: 'Công văn 8726/VPCP-KGVX (26/11/2024): hoán đổi 02/5 ↔ 26/4; Thông báo của Bộ Nội vụ về nghỉ Quốc khánh 2025',
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
    sourceNote: 'Công văn 12729/VPCP-KGVX (25/12/2025): hoán đổi 02/01 ↔ 10/01; Thông báo của Bộ Nội vụ về nghỉ Tết và Quốc khánh 2026: hoán đổi 31/8 ↔ 22/8',
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
