/** Sign-in page: Vietnamese texts (the source); the English ones must have exactly the same keys. */
export const authVi = {
  auth: {
    pageTitle: 'Đăng nhập',
    heading: 'Đăng nhập hệ thống',
    subtitle: 'Dành cho cán bộ, công chức được cấp tài khoản',
    username: 'Tên đăng nhập',
    password: 'Mật khẩu',
    submit: 'Đăng nhập',
    signOut: 'Đăng xuất',
    footer: 'Mọi thao tác đều được ghi nhật ký.',
  },
};

export const authEn: typeof authVi = {
  auth: {
    pageTitle: 'Sign in',
    heading: 'Sign in',
    subtitle: 'For officials with an issued account',
    username: 'Username',
    password: 'Password',
    submit: 'Sign in',
    signOut: 'Sign out',
    footer: 'Every action is recorded in the audit log.',
  },
};
