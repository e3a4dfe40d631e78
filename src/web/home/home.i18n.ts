/** Home page: Vietnamese texts (the source); the English ones must have exactly the same keys. */
export const homeVi = {
  home: {
    unitsOnDate: 'Đơn vị hoạt động ngày {{date}}',
    pageTitle: 'Trang chủ',
    welcome: 'Xin chào, {{name}}',
    intro: 'Hệ thống hỗ trợ tiếp công dân, xử lý đơn thư và giám sát của cấp ủy, chính quyền địa phương.',
    myRoles: 'Vai trò của tôi',
    unitsToday: 'Đơn vị đang hoạt động',
    unitsAllTime: 'Đơn vị (kể cả đã sáp nhập)',
    usersInScope: 'Người dùng trong phạm vi',
    today: 'Hôm nay',
    modules: 'Chức năng',
    inDevelopment: 'Đang xây dựng',
    available: 'Sử dụng được',
  },
};

export const homeEn: typeof homeVi = {
  home: {
    unitsOnDate: 'Units active on {{date}}',
    pageTitle: 'Home',
    welcome: 'Welcome, {{name}}',
    intro: 'Citizen reception, petition handling and supervision for Party committees and local authorities.',
    myRoles: 'My roles',
    unitsToday: 'Units active today',
    unitsAllTime: 'Units (including merged ones)',
    usersInScope: 'Users in my scope',
    today: 'Today',
    modules: 'Features',
    inDevelopment: 'In development',
    available: 'Available',
  },
};
