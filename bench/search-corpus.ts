import { thanhHoaUnits } from '../src/server/seed/thanh-hoa.data';

/**
 * A deterministic corpus of petition-like search entries: petitioners' names with the surname frequencies of
 * Vietnam, summaries built from the phrases of real registers, registration numbers per unit and year, and the
 * commune and village. Row i depends only on (seed, i), so a query can be built from any row without keeping them.
 */
export interface CorpusRow {
  entityId: string;
  unitId: string;
  name: string;
  commune: string;
  number: string;
  text: string[];
}

// Approximate shares of Vietnamese surnames (per cent): Nguyễn ~38, Trần ~11, Lê ~9.5, Phạm ~7 …
const SURNAMES: Array<[string, number]> = [
  ['Nguyễn', 38], ['Trần', 11], ['Lê', 9.5], ['Phạm', 7], ['Hoàng', 4], ['Huỳnh', 1.5], ['Phan', 4.5], ['Vũ', 3],
  ['Võ', 1.5], ['Đặng', 2], ['Bùi', 2], ['Đỗ', 1.4], ['Hồ', 1.3], ['Ngô', 1.3], ['Dương', 1], ['Lý', 0.5],
  ['Trịnh', 1], ['Đinh', 1], ['Lương', 0.6], ['Mai', 0.6], ['Cao', 0.5], ['Quách', 0.3], ['Hà', 0.8], ['Lò', 0.3],
];
const MIDDLE_M = ['Văn', 'Văn', 'Văn', 'Đức', 'Minh', 'Hữu', 'Quang', 'Công', 'Đình', 'Xuân', 'Ngọc', 'Thanh'];
const MIDDLE_F = ['Thị', 'Thị', 'Thị', 'Thị', 'Ngọc', 'Thu', 'Thanh', 'Kim', 'Minh', 'Hồng', 'Mai'];
const GIVEN = [
  'An', 'Anh', 'Bình', 'Cường', 'Dũng', 'Dung', 'Duyên', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hiếu', 'Hòa', 'Hoa', 'Hùng',
  'Hương', 'Huy', 'Khánh', 'Lan', 'Linh', 'Loan', 'Long', 'Lộc', 'Mạnh', 'Minh', 'Nam', 'Nga', 'Ngọc', 'Nhung',
  'Phong', 'Phúc', 'Phương', 'Quân', 'Quang', 'Sơn', 'Tâm', 'Thắng', 'Thành', 'Thảo', 'Thơ', 'Thủy', 'Tiến', 'Toàn',
  'Trang', 'Trung', 'Tú', 'Tuấn', 'Tùng', 'Uyên', 'Vân', 'Việt', 'Vinh', 'Xuân', 'Yến', 'Đạt', 'Đông', 'Đức',
];
const SYLLABLES = [
  'Cẩm', 'Quảng', 'Hoằng', 'Nga', 'Thiệu', 'Yên', 'Vĩnh', 'Thọ', 'Xuân', 'Triệu', 'Đông', 'Nông', 'Hà', 'Hậu',
  'Tân', 'Phú', 'Lộc', 'Minh', 'Thạch', 'Bình', 'Long', 'Sơn', 'Thành', 'Tiến', 'Hưng', 'Lợi', 'An', 'Định',
  'Giao', 'Thủy', 'Lương', 'Châu', 'Vân', 'Ngọc', 'Phong', 'Trường', 'Khánh', 'Hải', 'Đức', 'Hòa',
];
const SUMMARIES = [
  'Khiếu nại quyết định thu hồi đất của UBND huyện đối với thửa đất số {n}, tờ bản đồ số {m}',
  'Khiếu nại về bồi thường, hỗ trợ tái định cư khi thu hồi đất làm đường giao thông thôn {v}',
  'Tố cáo cán bộ địa chính xã có hành vi nhận tiền khi làm thủ tục cấp giấy chứng nhận quyền sử dụng đất',
  'Tố cáo chủ tịch UBND xã vi phạm quy định về quản lý đất công tại thôn {v}',
  'Kiến nghị giải quyết tranh chấp đất đai với hộ liền kề, thửa số {n}',
  'Kiến nghị xem xét chế độ chính sách người có công với cách mạng',
  'Phản ánh ô nhiễm môi trường do cơ sở chăn nuôi tại thôn {v} gây ra',
  'Đề nghị cấp giấy chứng nhận quyền sử dụng đất ở lâu năm, diện tích {m}0 m²',
  'Khiếu nại việc không được hưởng trợ cấp bảo trợ xã hội',
  'Tố cáo việc xây dựng trái phép trên đất nông nghiệp tại xứ đồng {v}',
  'Kiến nghị sửa chữa đường giao thông nông thôn và kênh mương nội đồng thôn {v}',
  'Khiếu nại quyết định xử phạt vi phạm hành chính số {n}/QĐ-XPVPHC',
  'Phản ánh việc thu các khoản đóng góp không đúng quy định tại trường học',
  'Đề nghị xem xét lại kết quả bình xét hộ nghèo năm {y}',
];
const VILLAGES = ['Đồng Tâm', 'Làng Mới', 'Bái Thủy', 'Cẩm Hoa', 'Phú Lai', 'Thạch Yến', 'Kim Mẫn', 'Đông Hòa'];

export const UNIT_COUNT = 3000;

export interface Corpus {
  units: Array<{ id: string; name: string }>;
  row(i: number): CorpusRow;
}

export function createCorpus(seed = 20261125): Corpus {
  const real = [...new Set(thanhHoaUnits().filter((u) => /^(Xã|Thị trấn|Phường) /.test(u.nameVi)).map((u) => u.nameVi))];
  const pick = rng(seed);
  const units = Array.from({ length: UNIT_COUNT }, (_, k) => ({
    id: `unit-${k}`,
    name: real[k] ?? `Xã ${oneOf(pick, SYLLABLES)} ${oneOf(pick, SYLLABLES)}`,
  }));
  const totalWeight = SURNAMES.reduce((s, [, w]) => s + w, 0);
  const surname = (r: () => number) => {
    let x = r() * totalWeight;
    for (const [name, w] of SURNAMES) if ((x -= w) < 0) return name;
    return SURNAMES[0]![0];
  };
  return {
    units,
    row(i) {
      const r = rng(seed ^ Math.imul(i + 1, 0x9e3779b1));
      const unit = units[Math.floor(r() * units.length)]!;
      const female = r() < 0.5;
      const name = `${surname(r)} ${oneOf(r, female ? MIDDLE_F : MIDDLE_M)} ${oneOf(r, GIVEN)}`;
      const year = 2021 + Math.floor(r() * 6);
      const number = `${1 + Math.floor(r() * 5000)}/${year}`;
      const summary = oneOf(r, SUMMARIES)
        .replace('{n}', String(1 + Math.floor(r() * 900)))
        .replace('{m}', String(1 + Math.floor(r() * 60)))
        .replace('{v}', oneOf(r, VILLAGES))
        .replace('{y}', String(year - 1));
      const signers = r() < 0.1 ? [name, `${surname(r)} ${oneOf(r, MIDDLE_M)} ${oneOf(r, GIVEN)}`] : [name];
      return {
        entityId: `p-${i}`,
        unitId: unit.id,
        name,
        commune: unit.name,
        number,
        text: [number, ...signers, summary, `${oneOf(r, VILLAGES)}, ${unit.name}`],
      };
    },
  };
}

function oneOf<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)]!;
}

/** mulberry32: a small seeded PRNG, enough for test data. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
