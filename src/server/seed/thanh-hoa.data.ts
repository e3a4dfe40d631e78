import type { OrgUnitCreate, SuccessionEventCreate } from '../../shared/org-units/org-units.schemas';

/**
 * Real reference data: Thanh Hóa province, the former Cẩm Thủy district (code 390) with its communes before and
 * after the 2019 and 2025 reorganisations, and the Party, State and Front bodies. Source:
 * shared/data/thanh-hoa-cam-thuy-units.md (Resolutions 786/NQ-UBTVQH14 and 1686/NQ-UBTVQH15; GSO codes).
 * Unit ids are keyed by (code, period) because the 2025 communes reuse old codes for different units.
 */
type Unit = Omit<OrgUnitCreate, 'id' | 'note'> & { id: string; note?: string | null };

const u = (
  id: string,
  code: string | null,
  nameVi: string,
  nameEn: string | null,
  kind: Unit['kind'],
  level: Unit['level'],
  parentId: string | null,
  validFrom: string | null,
  validTo: string | null,
  note: string | null = null,
): Unit => ({ id, code, nameVi, nameEn, kind, level, parentId, validFrom, validTo, note });

const PROVINCE = 'VN-38';
const DISTRICT = 'VN-38-390';
const REFORM_END = '2025-06-30';

const OLD_COMMUNES: Array<[string, string, string]> = [
  ['15127', 'Thị trấn Phong Sơn', 'township'],
  ['15133', 'Xã Cẩm Thành', 'commune'],
  ['15136', 'Xã Cẩm Quý', 'commune'],
  ['15139', 'Xã Cẩm Lương', 'commune'],
  ['15142', 'Xã Cẩm Thạch', 'commune'],
  ['15145', 'Xã Cẩm Liên', 'commune'],
  ['15148', 'Xã Cẩm Giang', 'commune'],
  ['15151', 'Xã Cẩm Bình', 'commune'],
  ['15154', 'Xã Cẩm Tú', 'commune'],
  ['15160', 'Xã Cẩm Châu', 'commune'],
  ['15163', 'Xã Cẩm Tâm', 'commune'],
  ['15169', 'Xã Cẩm Ngọc', 'commune'],
  ['15172', 'Xã Cẩm Long', 'commune'],
  ['15175', 'Xã Cẩm Yên', 'commune'],
  ['15178', 'Xã Cẩm Tân', 'commune'],
  ['15181', 'Xã Cẩm Phú', 'commune'],
  ['15184', 'Xã Cẩm Vân', 'commune'],
];

/** Resolution 1686/NQ-UBTVQH15 Art. 1 items 99–103: new commune <- old communes (codes). */
export const MERGES_2025: Array<{ code: string; nameVi: string; item: number; from: string[]; note?: string }> = [
  { code: '15142', nameVi: 'Xã Cẩm Thạch', item: 99, from: ['15133', '15145', '15151', '15142'] },
  { code: '15127', nameVi: 'Xã Cẩm Thủy', item: 100, from: ['15127', '15169'], note: '64,42 km²; 30.042 người' },
  { code: '15148', nameVi: 'Xã Cẩm Tú', item: 101, from: ['15136', '15148', '15139', '15154'] },
  { code: '15163', nameVi: 'Xã Cẩm Vân', item: 102, from: ['15163', '15160', '15175', '15184'] },
  { code: '15178', nameVi: 'Xã Cẩm Tân', item: 103, from: ['15172', '15181', '15178'] },
];

const DISTRICT_BODIES: Array<[string, string, string, Unit['kind'], string | null]> = [
  ['HU', 'Huyện ủy Cẩm Thủy', 'Cam Thuy District Party Committee', 'party_committee', REFORM_END],
  ['BTVHU', 'Ban Thường vụ Huyện ủy Cẩm Thủy', 'Standing Committee of the District Party Committee', 'party_body', REFORM_END],
  ['BDVHU', 'Ban Dân vận Huyện ủy Cẩm Thủy', 'Mass Mobilization Commission of the District Party Committee', 'party_body', REFORM_END],
  ['HDND', 'Hội đồng nhân dân huyện Cẩm Thủy', "Cam Thuy District People's Council", 'peoples_council', REFORM_END],
  ['UBND', 'Ủy ban nhân dân huyện Cẩm Thủy', "Cam Thuy District People's Committee", 'peoples_committee', REFORM_END],
  ['MTTQ', 'Ủy ban Mặt trận Tổ quốc Việt Nam huyện Cẩm Thủy', 'Cam Thuy District Fatherland Front Committee', 'fatherland_front', REFORM_END],
  ['HLHPN', 'Hội Liên hiệp Phụ nữ huyện Cẩm Thủy', "Cam Thuy District Women's Union", 'mass_organisation', REFORM_END],
  ['HND', 'Hội Nông dân huyện Cẩm Thủy', "Cam Thuy District Farmers' Association", 'mass_organisation', REFORM_END],
  ['HCCB', 'Hội Cựu chiến binh huyện Cẩm Thủy', "Cam Thuy District Veterans' Association", 'mass_organisation', REFORM_END],
  ['HD', 'Huyện đoàn Cẩm Thủy', 'Cam Thuy District Ho Chi Minh Communist Youth Union', 'mass_organisation', REFORM_END],
  ['LDLD', 'Liên đoàn Lao động huyện Cẩm Thủy', 'Cam Thuy District Labour Federation', 'mass_organisation', REFORM_END],
  ['TAND', 'Tòa án nhân dân huyện Cẩm Thủy', "Cam Thuy District People's Court", 'court', REFORM_END],
  ['VKSND', 'Viện Kiểm sát nhân dân huyện Cẩm Thủy', "Cam Thuy District People's Procuracy", 'procuracy', REFORM_END],
  ['CA', 'Công an huyện Cẩm Thủy', 'Cam Thuy District Police', 'police', '2025-02-28'],
  ['BCHQS', 'Ban Chỉ huy Quân sự huyện Cẩm Thủy', 'Cam Thuy District Military Command', 'military', REFORM_END],
];

const PROVINCE_BODIES: Array<[string, string, string, Unit['kind'], string | null, string | null]> = [
  ['TU', 'Tỉnh ủy Thanh Hóa', 'Thanh Hoa Provincial Party Committee', 'party_committee', null, null],
  ['BTVTU', 'Ban Thường vụ Tỉnh ủy Thanh Hóa', 'Standing Committee of the Provincial Party Committee', 'party_body', null, null],
  ['BDVTU', 'Ban Dân vận Tỉnh ủy Thanh Hóa', 'Mass Mobilization Commission (provincial)', 'party_body', null, '2025-02-10'],
  ['BTGTU', 'Ban Tuyên giáo Tỉnh ủy Thanh Hóa', 'Propaganda and Education Commission (provincial)', 'party_body', null, '2025-02-10'],
  ['BTGDVTU', 'Ban Tuyên giáo và Dân vận Tỉnh ủy Thanh Hóa', 'Propaganda, Education and Mass Mobilization Commission', 'party_body', '2025-02-11', null],
  ['HDND', 'Hội đồng nhân dân tỉnh Thanh Hóa', "Thanh Hoa Provincial People's Council", 'peoples_council', null, null],
  ['UBND', 'Ủy ban nhân dân tỉnh Thanh Hóa', "Thanh Hoa Provincial People's Committee", 'peoples_committee', null, null],
  ['MTTQ', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Thanh Hóa', 'Thanh Hoa Provincial Fatherland Front Committee', 'fatherland_front', null, null],
  ['DBQH', 'Đoàn đại biểu Quốc hội tỉnh Thanh Hóa', 'Thanh Hoa National Assembly Delegation', 'other', null, null],
  ['HND', 'Hội Nông dân tỉnh Thanh Hóa', "Thanh Hoa Provincial Farmers' Association", 'mass_organisation', null, null],
  ['LDLD', 'Liên đoàn Lao động tỉnh Thanh Hóa', 'Thanh Hoa Provincial Labour Federation', 'mass_organisation', null, null],
];

const COMMUNE_BODIES: Array<[string, string, string, Unit['kind']]> = [
  ['DU', 'Đảng ủy', 'Party Committee', 'party_committee'],
  ['HDND', 'Hội đồng nhân dân', "People's Council", 'peoples_council'],
  ['UBND', 'Ủy ban nhân dân', "People's Committee", 'peoples_committee'],
  ['MTTQ', 'Ủy ban Mặt trận Tổ quốc Việt Nam', 'Fatherland Front Committee', 'fatherland_front'],
];

const ascii = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd');

export const oldCommuneId = (code: string) => `${DISTRICT}-${code}`;
export const newCommuneId = (code: string) => `VN-38-C-${code}`;

export function thanhHoaUnits(): Unit[] {
  const units: Unit[] = [
    u(PROVINCE, '38', 'Tỉnh Thanh Hóa', 'Thanh Hoa Province', 'province', 'province', null, null, null,
      'Giữ nguyên địa giới khi sắp xếp 2025; từ 01/7/2025 có 166 đơn vị cấp xã (147 xã, 19 phường).'),
    ...PROVINCE_BODIES.map(([k, vi, en, kind, from, to]) => u(`${PROVINCE}-${k}`, null, vi, en, kind, 'province', PROVINCE, from, to)),
    u(DISTRICT, '390', 'Huyện Cẩm Thủy', 'Cam Thuy District', 'district', 'district', PROVINCE, null, REFORM_END,
      'Chính quyền cấp huyện kết thúc hoạt động từ 01/7/2025 (mô hình chính quyền địa phương hai cấp).'),
    // The procuracy and military command are closed with the district level; their regional successors are not
    // confirmed by the sources, so no succession is recorded for them.
    ...DISTRICT_BODIES.map(([k, vi, en, kind, to]) => u(`${DISTRICT}-${k}`, null, vi, en, kind, 'district', DISTRICT, null, to,
      k === 'VKSND' || k === 'BCHQS' ? 'Đơn vị kế thừa cấp khu vực chưa được xác minh.' : null)),
    u(`${DISTRICT}-TT-CAMTHUY`, null, 'Thị trấn Cẩm Thủy', 'Cam Thuy Township', 'township', 'commune', DISTRICT, null, '2019-11-30'),
    u(`${DISTRICT}-X-CAMSON`, null, 'Xã Cẩm Sơn', 'Cam Son Commune', 'commune', 'commune', DISTRICT, null, '2019-11-30'),
    u(`${DISTRICT}-X-CAMPHONG`, null, 'Xã Cẩm Phong', 'Cam Phong Commune', 'commune', 'commune', DISTRICT, null, '2019-11-30'),
    u(`${DISTRICT}-X-PHUCDO`, null, 'Xã Phúc Do', 'Phuc Do Commune', 'commune', 'commune', DISTRICT, null, '2019-11-30'),
    ...OLD_COMMUNES.map(([code, vi, kind]) =>
      u(oldCommuneId(code), code, vi, `${ascii(vi).replace(/^(Xa|Thi tran) /, '')} ${kind === 'township' ? 'Township' : 'Commune'}`,
        kind as Unit['kind'], 'commune', DISTRICT, code === '15127' ? '2019-12-01' : null, REFORM_END)),
  ];
  for (const m of MERGES_2025) {
    const id = newCommuneId(m.code);
    const place = m.nameVi.replace(/^Xã /, '');
    units.push(u(id, m.code, m.nameVi, `${ascii(place)} Commune`, 'commune', 'commune', PROVINCE, '2025-07-01', null, m.note ?? null));
    for (const [k, vi, en, kind] of COMMUNE_BODIES) {
      units.push(u(`${id}-${k}`, null, `${vi} xã ${place}`, `${ascii(place)} Commune ${en}`, kind, 'commune', id, '2025-07-01', null));
    }
  }
  return units;
}

export function thanhHoaEvents(): SuccessionEventCreate[] {
  const r786 = { documentNumber: '786/NQ-UBTVQH14', documentDate: '2019-10-16', documentTitle: 'Nghị quyết về việc sắp xếp các đơn vị hành chính cấp xã thuộc tỉnh Thanh Hóa' };
  const r1686 = { documentNumber: '1686/NQ-UBTVQH15', documentDate: '2025-06-16', documentTitle: 'Nghị quyết về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Thanh Hóa năm 2025' };
  return [
    {
      kind: 'merge', effectiveDate: '2019-12-01', ...r786,
      note: 'Nhập nguyên trạng xã Cẩm Sơn và xã Cẩm Phong vào thị trấn Cẩm Thủy, đổi tên thành thị trấn Phong Sơn.',
      predecessorIds: [`${DISTRICT}-TT-CAMTHUY`, `${DISTRICT}-X-CAMSON`, `${DISTRICT}-X-CAMPHONG`],
      successorIds: [oldCommuneId('15127')],
    },
    {
      kind: 'merge', effectiveDate: '2019-12-01', ...r786,
      note: 'Xã Phúc Do nhập vào xã Cẩm Tân (cùng một phần xã Cẩm Vân) — theo một nguồn thứ cấp.',
      predecessorIds: [`${DISTRICT}-X-PHUCDO`], successorIds: [oldCommuneId('15178')],
    },
    ...MERGES_2025.map((m) => ({
      kind: 'merge' as const, effectiveDate: '2025-07-01', ...r1686,
      note: `Điều 1 khoản ${m.item}: thành lập ${m.nameVi} trên cơ sở nhập toàn bộ diện tích tự nhiên và quy mô dân số.`,
      predecessorIds: m.from.map(oldCommuneId), successorIds: [newCommuneId(m.code)],
    })),
    {
      kind: 'dissolve', effectiveDate: '2025-07-01', documentNumber: '203/2025/QH15', documentDate: '2025-06-16',
      documentTitle: 'Nghị quyết sửa đổi, bổ sung một số điều của Hiến pháp; Luật Tổ chức chính quyền địa phương số 72/2025/QH15',
      note: 'Đơn vị hành chính cấp huyện kết thúc hoạt động; địa bàn thuộc các xã mới của tỉnh.',
      predecessorIds: [DISTRICT], successorIds: [],
    },
    {
      kind: 'merge', effectiveDate: '2025-02-11', documentNumber: null, documentDate: null, documentTitle: null,
      note: 'Hợp nhất Ban Tuyên giáo và Ban Dân vận Tỉnh ủy (hội nghị Ban Thường vụ ngày 11/2); số văn bản chưa xác minh.',
      predecessorIds: [`${PROVINCE}-BDVTU`, `${PROVINCE}-BTGTU`], successorIds: [`${PROVINCE}-BTGDVTU`],
    },
    {
      kind: 'dissolve', effectiveDate: '2025-03-01', documentNumber: null, documentDate: null, documentTitle: null,
      note: 'Không tổ chức công an cấp huyện từ 01/3/2025 (công an hai cấp: tỉnh và xã).',
      predecessorIds: [`${DISTRICT}-CA`], successorIds: [],
    },
  ];
}
