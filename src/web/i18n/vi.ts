/**
 * Vietnamese texts shared by every page (app, navigation, common words, errors): the source; `en.ts` has the same keys.
 * Each feature's own texts live beside it in `<feature>.i18n.ts`; `catalogues.ts` merges them.
 */
export const vi = {
  app: { name: 'Oversight', tagline: 'Tiếp công dân · Xử lý đơn · Giám sát' },
  nav: {
    main: 'Điều hướng chính',
    home: 'Trang chủ',
    orgUnits: 'Tổ chức',
    users: 'Người dùng',
    audit: 'Nhật ký',
    account: 'Tài khoản',
    reception: 'Tiếp công dân',
    petitions: 'Xử lý đơn',
    deadlines: 'Tính thời hạn',
    calendar: 'Lịch nghỉ lễ',
    supervision: 'Giám sát',
    statistics: 'Thống kê',
  },
  common: {
    save: 'Lưu',
    cancel: 'Hủy',
    create: 'Tạo mới',
    edit: 'Sửa',
    search: 'Tìm kiếm',
    refresh: 'Tải lại',
    actions: 'Thao tác',
    none: '—',
    active: 'Đang hoạt động',
    inactive: 'Đã khóa',
    since: 'Từ',
    until: 'Đến',
    always: 'Không giới hạn',
    backHome: 'Về trang chủ',
  },
  language: { label: 'Ngôn ngữ', vi: 'Tiếng Việt', en: 'English' },
  errors: {
    httpTitle: 'Lỗi máy chủ ({{status}})',
    httpDetail: 'Máy chủ trả về lỗi không xác định. Vui lòng thử lại.',
    networkTitle: 'Mất kết nối',
    networkDetail: 'Không kết nối được tới máy chủ. Vui lòng kiểm tra mạng và thử lại.',
    unexpected: 'Lỗi ngoài dự kiến',
    forbiddenTitle: 'Không có quyền truy cập',
    forbiddenDetail: 'Tài khoản của bạn không được phân quyền sử dụng chức năng này.',
    notFoundTitle: 'Không tìm thấy trang',
    notFoundDetail: 'Địa chỉ bạn mở không tồn tại.',
  },
};

export type Catalogue = typeof vi;
