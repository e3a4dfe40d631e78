import type { AppErrorCode } from '../errors';
import type { Locale } from './locale';

interface Entry {
  title: string;
  detail: string;
  /** Used instead of `detail` when the error carries the deadline engine's explanation (`detailVi`, `detailEn`). */
  explained?: string;
}
type Catalogue = Record<AppErrorCode, Entry>;

/** The parameter holding the engine's explanation in each language (see toAppError in src/server/deadlines). */
const EXPLANATION_PARAM: Record<Locale, string> = { vi: 'detailVi', en: 'detailEn' };

/**
 * User-facing error texts. `{name}` placeholders are filled from `AppError.params`. The deadline engine's codes show
 * its own explanation when the error carries one: `{detailVi}` in Vietnamese, `{detailEn}` in English.
 */
export const ERROR_MESSAGES: Record<Locale, Catalogue> = {
  vi: {
    VALIDATION_FAILED: { title: 'Dữ liệu không hợp lệ', detail: 'Một số trường chưa đúng, vui lòng kiểm tra lại.' },
    INVALID_DATE: { title: 'Ngày không hợp lệ', detail: 'Ngày {value} không hợp lệ (định dạng YYYY-MM-DD).', explained: '{detailVi}.' },
    DATE_OUT_OF_RANGE: { title: 'Ngày ngoài phạm vi', detail: 'Ngày {value} nằm ngoài phạm vi hỗ trợ.', explained: '{detailVi}.' },
    UNKNOWN_RULE: { title: 'Không có quy định này', detail: 'Không tìm thấy quy định thời hạn "{rule}".', explained: '{detailVi}.' },
    INVALID_OPTION: { title: 'Tùy chọn không hợp lệ', detail: 'Tùy chọn không áp dụng được.', explained: '{detailVi}.' },
    EVENTS_OUT_OF_ORDER: { title: 'Sự kiện sai thứ tự', detail: 'Các sự kiện của vụ việc không theo đúng thứ tự.', explained: '{detailVi}.' },
    UNAUTHENTICATED: { title: 'Chưa đăng nhập', detail: 'Vui lòng đăng nhập để tiếp tục.' },
    INVALID_CREDENTIALS: { title: 'Đăng nhập không thành công', detail: 'Tên đăng nhập hoặc mật khẩu không đúng.' },
    ACCOUNT_LOCKED: {
      title: 'Tạm khóa đăng nhập',
      detail: 'Đăng nhập sai quá nhiều lần từ địa chỉ này. Vui lòng thử lại sau {minutes} phút hoặc nhờ quản trị viên mở khóa.',
    },
    SESSION_EXPIRED: { title: 'Phiên làm việc đã hết hạn', detail: 'Vui lòng đăng nhập lại.' },
    FORBIDDEN: { title: 'Không có quyền', detail: 'Bạn không có quyền thực hiện thao tác này.' },
    NOT_FOUND: { title: 'Không tìm thấy', detail: 'Không tìm thấy dữ liệu yêu cầu.' },
    ORG_UNIT_NOT_FOUND: { title: 'Không tìm thấy đơn vị', detail: 'Không tìm thấy đơn vị "{unit}".' },
    ORG_UNIT_ID_TAKEN: { title: 'Mã định danh đã tồn tại', detail: 'Đã có đơn vị với mã định danh "{id}".' },
    ORG_UNIT_ID_NOT_ALLOWED: { title: 'Không được tự chọn mã định danh', detail: 'Chỉ quản trị viên toàn hệ thống mới được tự chọn mã định danh cho đơn vị mới; hãy để trống, hệ thống sẽ tự cấp mã.' },
    ORG_UNIT_PARENT_CYCLE: {
      title: 'Đơn vị cấp trên không hợp lệ',
      detail: 'Một đơn vị không thể trực thuộc chính nó hoặc đơn vị cấp dưới của nó. Vòng lặp: {cycle} (mỗi đơn vị trực thuộc đơn vị đứng sau); không có dữ liệu nào được ghi.',
    },
    ORG_UNIT_INVALID_PERIOD: { title: 'Thời gian hiệu lực không hợp lệ', detail: 'Ngày bắt đầu hiệu lực phải trước hoặc bằng ngày hết hiệu lực.' },
    ORG_UNIT_CODE_AMBIGUOUS: { title: 'Mã đơn vị trùng', detail: 'Mã "{code}" ứng với nhiều đơn vị; hãy dùng mã định danh ({candidates}).' },
    USER_NOT_FOUND: { title: 'Không tìm thấy người dùng', detail: 'Không tìm thấy người dùng "{user}".' },
    USERNAME_TAKEN: { title: 'Tên đăng nhập đã tồn tại', detail: 'Tên đăng nhập "{username}" đã được sử dụng.' },
    PASSWORD_TOO_SHORT: { title: 'Mật khẩu quá ngắn', detail: 'Mật khẩu phải có ít nhất {min} ký tự.' },
    PASSWORD_TOO_WEAK: {
      title: 'Mật khẩu quá yếu',
      detail: 'Mật khẩu này quá dễ đoán (mật khẩu phổ biến, dãy số hoặc phím liền nhau, ký tự lặp lại, hoặc tên đăng nhập, họ tên của người dùng). Hãy dùng một cụm vài từ khác nhau.',
    },
    CURRENT_PASSWORD_INVALID: { title: 'Mật khẩu hiện tại không đúng', detail: 'Để đổi mật khẩu của mình, hãy nhập đúng mật khẩu hiện tại.' },
    ROLE_NOT_GRANTABLE: { title: 'Không thể phân quyền', detail: 'Bạn không thể cấp vai trò "{role}" tại đơn vị này.' },
    TOKEN_NOT_FOUND: { title: 'Không tìm thấy khóa truy cập', detail: 'Không tìm thấy khóa truy cập API.' },
    IMPORT_INVALID: { title: 'Tệp nhập không hợp lệ', detail: 'Tệp có {count} lỗi; không có dữ liệu nào được ghi.' },
    IMPORT_NOT_UTF8: { title: 'Tệp không phải UTF-8', detail: 'Dòng {line} của tệp có ký tự không đọc được theo UTF-8; không có dữ liệu nào được ghi. Hãy lưu tệp dưới dạng "CSV UTF-8".' },
    AUDIT_EXPORT_TOO_LARGE: { title: 'Quá nhiều bản ghi để xuất', detail: 'Mỗi lần chỉ xuất được tối đa {max} bản ghi; hãy thu hẹp bộ lọc (thời gian, đơn vị, người thực hiện).' },
    CONFLICT: { title: 'Xung đột dữ liệu', detail: 'Dữ liệu đã bị thay đổi, vui lòng tải lại và thử lại.' },
    RATE_LIMITED: { title: 'Quá nhiều yêu cầu', detail: 'Vui lòng chờ một lát rồi thử lại.' },
    PAYLOAD_TOO_LARGE: { title: 'Dữ liệu quá lớn', detail: 'Nội dung gửi lên vượt quá giới hạn cho phép.' },
    UNSUPPORTED_MEDIA_TYPE: { title: 'Định dạng không được hỗ trợ', detail: 'Định dạng nội dung không được hỗ trợ.' },
    ATTACHMENT_TOO_LARGE: { title: 'Tệp đính kèm quá lớn', detail: 'Mỗi tệp đính kèm chỉ được tối đa {maxMb} MB; không có dữ liệu nào được ghi.' },
    ATTACHMENT_TYPE_NOT_ALLOWED: {
      title: 'Loại tệp không được chấp nhận',
      detail: 'Nội dung tệp không phải là một trong các loại được chấp nhận ({allowed}); hệ thống kiểm tra nội dung tệp, không dựa vào tên tệp. Không có dữ liệu nào được ghi.',
    },
    ATTACHMENT_EMPTY: { title: 'Tệp rỗng', detail: 'Tệp đính kèm không có nội dung; không có dữ liệu nào được ghi.' },
    ATTACHMENT_CORRUPT: {
      title: 'Tệp lưu trữ bị hỏng',
      detail: 'Tệp đính kèm {id} không khớp với mã kiểm tra đã lưu (bị hỏng hoặc bị sửa đổi) nên không được gửi đi. Hãy báo cho quản trị hệ thống.',
    },
    ATTACHMENT_PROTECTION_UNAVAILABLE: {
      title: 'Chưa thể lưu tệp được bảo vệ',
      detail: 'Máy chủ không có khóa mã hóa của tệp cần bảo vệ (như bút tích của người tố cáo): chưa cấu hình khóa, hoặc khóa đã cấu hình không phải khóa đã dùng để lưu tệp. Hãy báo cho quản trị hệ thống.',
    },
    ROUTE_NOT_FOUND: { title: 'Không tìm thấy địa chỉ', detail: 'Không có địa chỉ API {method} {url}.' },
    DENUNCIATION_AT_RECEPTION: {
      title: 'Tố cáo phải được tiếp nhận qua chức năng Xử lý đơn',
      detail:
        'Lượt tiếp này có nội dung tố cáo. Họ tên, địa chỉ, giấy tờ và số điện thoại của người tố cáo phải được giữ bí mật (Luật Tố cáo 2018, Điều 9, Điều 56), nên không được ghi vào sổ công dân; hãy tiếp nhận tố cáo qua chức năng Xử lý đơn (kênh “Tiếp công dân”), nơi danh tính được mã hóa. Không có dữ liệu nào được ghi.',
    },
    PETITION_INVALID: { title: 'Không đúng quy định', detail: 'Dữ liệu không đúng quy định; không có dữ liệu nào được ghi.', explained: '{detailVi} Không có dữ liệu nào được ghi.' },
    PROTECTED_VALUE_KEY_UNKNOWN: {
      title: 'Thiếu khóa mã hóa',
      detail: 'Dữ liệu được bảo vệ ({field}) được mã hóa bằng khóa {keyId}, khóa này không có trong cấu hình máy chủ. Quản trị hệ thống cần khai báo khóa cũ trong ENCRYPTION_KEY_PREVIOUS.',
    },
    PROTECTED_VALUE_UNREADABLE: {
      title: 'Dữ liệu được bảo vệ không hợp lệ',
      detail: 'Dữ liệu được bảo vệ ({field}) không qua được kiểm tra toàn vẹn: đã bị sửa đổi hoặc chép từ bản ghi, trường khác. Dữ liệu không được hiển thị; hãy báo quản trị hệ thống.',
    },
    MATTER_ACTION_NOT_ALLOWED: {
      title: 'Thao tác không được phép',
      detail: 'Thao tác này không được phép với vụ việc ở tình trạng hiện tại; không có dữ liệu nào được ghi.',
      explained: '{detailVi}',
    },
    PETITION_NOT_ELIGIBLE: {
      title: 'Đơn không đủ điều kiện xử lý',
      detail: 'Đơn không đủ điều kiện xử lý; không có dữ liệu nào được ghi.',
      explained: '{detailVi}',
    },
    INTERNAL: { title: 'Lỗi hệ thống', detail: 'Đã xảy ra lỗi ngoài dự kiến. Dữ liệu của bạn không bị thay đổi.' },
  },
  en: {
    VALIDATION_FAILED: { title: 'Invalid input', detail: 'Some fields are not valid; please check them.' },
    INVALID_DATE: { title: 'Invalid date', detail: 'The date {value} is not valid (expected YYYY-MM-DD).', explained: '{detailEn}.' },
    DATE_OUT_OF_RANGE: { title: 'Date out of range', detail: 'The date {value} is outside the supported range.', explained: '{detailEn}.' },
    UNKNOWN_RULE: { title: 'Unknown rule', detail: 'There is no deadline rule "{rule}".', explained: '{detailEn}.' },
    INVALID_OPTION: { title: 'Invalid option', detail: 'The option does not apply.', explained: '{detailEn}.' },
    EVENTS_OUT_OF_ORDER: { title: 'Events out of order', detail: 'The case events are out of order.', explained: '{detailEn}.' },
    UNAUTHENTICATED: { title: 'Not signed in', detail: 'Please sign in to continue.' },
    INVALID_CREDENTIALS: { title: 'Sign-in failed', detail: 'The username or password is wrong.' },
    ACCOUNT_LOCKED: {
      title: 'Sign-in locked',
      detail: 'Too many failed sign-ins from this address. Try again in {minutes} minutes, or ask an administrator to unlock it.',
    },
    SESSION_EXPIRED: { title: 'Session expired', detail: 'Please sign in again.' },
    FORBIDDEN: { title: 'Not allowed', detail: 'You are not allowed to do this.' },
    NOT_FOUND: { title: 'Not found', detail: 'The requested item was not found.' },
    ORG_UNIT_NOT_FOUND: { title: 'Unit not found', detail: 'There is no unit "{unit}".' },
    ORG_UNIT_ID_TAKEN: { title: 'Identifier taken', detail: 'A unit with identifier "{id}" already exists.' },
    ORG_UNIT_ID_NOT_ALLOWED: { title: 'Identifier cannot be chosen', detail: 'Only an administrator of the whole system may choose the identifier of a new unit; leave it empty and one is assigned.' },
    ORG_UNIT_PARENT_CYCLE: {
      title: 'Invalid parent unit',
      detail: 'A unit cannot be placed under itself or one of its own sub-units. Loop: {cycle} (each unit under the next); nothing was written.',
    },
    ORG_UNIT_INVALID_PERIOD: { title: 'Invalid validity period', detail: 'The start of validity must be on or before its end.' },
    ORG_UNIT_CODE_AMBIGUOUS: { title: 'Ambiguous unit code', detail: 'Code "{code}" matches several units; use the identifier ({candidates}).' },
    USER_NOT_FOUND: { title: 'User not found', detail: 'There is no user "{user}".' },
    USERNAME_TAKEN: { title: 'Username taken', detail: 'The username "{username}" is already in use.' },
    PASSWORD_TOO_SHORT: { title: 'Password too short', detail: 'The password must have at least {min} characters.' },
    PASSWORD_TOO_WEAK: {
      title: 'Password too weak',
      detail: 'This password is too easy to guess (a common password, a run of digits or keys, repeated characters, or the user’s own name). Use a phrase of several different words.',
    },
    CURRENT_PASSWORD_INVALID: { title: 'Current password is wrong', detail: 'To change your own password, enter your current password correctly.' },
    ROLE_NOT_GRANTABLE: { title: 'Role cannot be granted', detail: 'You cannot grant the role "{role}" at this unit.' },
    TOKEN_NOT_FOUND: { title: 'Token not found', detail: 'The API token was not found.' },
    IMPORT_INVALID: { title: 'Invalid import file', detail: 'The file has {count} errors; nothing was written.' },
    IMPORT_NOT_UTF8: { title: 'File is not UTF-8', detail: 'Line {line} of the file is not valid UTF-8 text; nothing was written. Save the file as "CSV UTF-8".' },
    AUDIT_EXPORT_TOO_LARGE: { title: 'Too many entries to export', detail: 'At most {max} entries can be exported at once; narrow the filters (period, unit, actor).' },
    CONFLICT: { title: 'Conflict', detail: 'The data changed meanwhile; reload and try again.' },
    RATE_LIMITED: { title: 'Too many requests', detail: 'Please wait a moment and try again.' },
    PAYLOAD_TOO_LARGE: { title: 'Payload too large', detail: 'The request body is larger than allowed.' },
    UNSUPPORTED_MEDIA_TYPE: { title: 'Unsupported media type', detail: 'This content type is not supported.' },
    ATTACHMENT_TOO_LARGE: { title: 'Attachment too large', detail: 'An attachment may be at most {maxMb} MB; nothing was written.' },
    ATTACHMENT_TYPE_NOT_ALLOWED: {
      title: 'File type not accepted',
      detail: 'The file’s content is none of the accepted kinds ({allowed}); the content is checked, not the file name. Nothing was written.',
    },
    ATTACHMENT_EMPTY: { title: 'Empty file', detail: 'The attachment has no content; nothing was written.' },
    ATTACHMENT_CORRUPT: {
      title: 'Stored file damaged',
      detail: 'Attachment {id} no longer matches its stored checksum (damaged or altered), so it was not sent. Tell the system administrator.',
    },
    ATTACHMENT_PROTECTION_UNAVAILABLE: {
      title: 'Protected files unavailable',
      detail: 'The server does not hold the encryption key of protected files (such as a denouncer’s handwriting): none is configured, or the configured one is not the key they were stored with. Tell the system administrator.',
    },
    ROUTE_NOT_FOUND: { title: 'No such endpoint', detail: 'There is no API endpoint {method} {url}.' },
    DENUNCIATION_AT_RECEPTION: {
      title: 'A denunciation is taken in through petition intake',
      detail:
        "This turn raises a denunciation. The denouncer's name, address, documents and phone must be kept secret (Law on Denunciations 2018, Arts. 9 and 56), so they are not written to the citizens' register; take the denunciation in through petition intake (channel “reception”), where the identity is encrypted. Nothing was written.",
    },
    PETITION_INVALID: { title: 'Against the rules', detail: 'The record breaks a legal rule; nothing was written.', explained: '{detailEn} Nothing was written.' },
    PROTECTED_VALUE_KEY_UNKNOWN: {
      title: 'Encryption key missing',
      detail: 'A protected value ({field}) was encrypted with key {keyId}, which this server is not configured with. An administrator must add that key to ENCRYPTION_KEY_PREVIOUS.',
    },
    PROTECTED_VALUE_UNREADABLE: {
      title: 'Protected value invalid',
      detail: 'A protected value ({field}) fails its integrity check: it was altered, or copied from another record or field. It is not shown; tell an administrator.',
    },
    MATTER_ACTION_NOT_ALLOWED: {
      title: 'Action not allowed',
      detail: 'This action is not allowed on the matter as it stands; nothing was written.',
      explained: '{detailEn}',
    },
    PETITION_NOT_ELIGIBLE: {
      title: 'Petition not eligible',
      detail: 'The petition is not eligible for handling; nothing was written.',
      explained: '{detailEn}',
    },
    INTERNAL: { title: 'Internal error', detail: 'Something unexpected went wrong. Your data was not changed.' },
  },
};

export function renderErrorMessage(
  code: AppErrorCode,
  locale: Locale,
  params: Record<string, string | number> = {},
): { title: string; detail: string } {
  const entry = ERROR_MESSAGES[locale][code];
  const fill = (text: string) => text.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? `{${key}}`));
  const explained = entry.explained !== undefined && params[EXPLANATION_PARAM[locale]] !== undefined;
  return { title: entry.title, detail: fill(explained ? entry.explained! : entry.detail) };
}
