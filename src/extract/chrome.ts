/**
 * Web-page chrome that surrounds documents copied from websites: login
 * prompts, share buttons, reader comments, "related documents" lists.
 */

/** A line that is page furniture on its own (matched on the whole line). */
const CHROME_LINE: readonly RegExp[] = [
  /^(đăng nhập|đăng ký|đăng xuất|quên mật khẩu|mật khẩu|tài khoản|ghi nhớ|trang chủ|liên hệ|giới thiệu|sơ đồ trang|tìm kiếm|menu|in|in trang|in bài|gửi email|gửi bài|chia sẻ|share|tweet|like|facebook|zalo|twitter|email|print|tải về|download|xem thêm|đọc thêm|quay lại|lên đầu trang|trở về|bình luận|top)\s*[:.!]?$/iu,
  /^(bạn đang xem|bạn cần đăng nhập|vui lòng đăng nhập|để xem|để tải|hãy đăng nhập|hy vọng|chúc bạn|cập nhật thông tin chi tiết|nhấp vào|màn hình hiện lên|để tăng độ chính xác|bạn cũng có thể|nguồn tin|theo nguồn|lượt xem|lượt thích|ngày đăng|cập nhật lúc|copyright|bản quyền|©)/iu,
  /^(thuộc tính|lược đồ|tình trạng hiệu lực|hiệu lực|ngày hiệu lực|ngày ban hành|ngày công báo|số công báo|người ký|loại văn bản|cơ quan ban hành|lĩnh vực|số hiệu|nơi ban hành|văn bản gốc|văn bản tiếng anh|tóm tắt)\s*:/iu,
  /(?:^|\s)#\s.*(?:\s#\s|\|)/u,
  /^[\w.-]+\.(?:vn|com|net|org|gov\.vn|edu\.vn)(?:\/\S*)?$/iu,
  /^https?:\/\/\S+$/iu,
  /^\[(?:handwritten signature|signature|seal|image|hình ảnh|ảnh|chữ ký|con dấu)[^\]]*\]$/iu,
];

/** Headings after which the rest of the page is not the document. */
const TAIL_HEADING =
  /^(ý kiến bạn đọc|ý kiến của bạn|gửi ý kiến|bình luận|bài viết liên quan|bài liên quan|tin liên quan|tin cùng chuyên mục|tin cùng loại|các tin khác|tin khác|tin mới|tin mới nhất|tin đọc nhiều|văn bản liên quan|văn bản cùng lĩnh vực|văn bản cùng loại|văn bản mới|các văn bản khác|xem thêm|từ khóa|tags?)\s*[:.]?$/iu;

/** True when the line is web-page furniture rather than document text. */
export function isChromeLine(line: string): boolean {
  if (line.length > 300) return false;
  return CHROME_LINE.some((re) => re.test(line));
}

/** True when the line opens a trailing section of the page ("Ý kiến bạn đọc", "Tin liên quan"). */
export function isTailHeading(line: string): boolean {
  return line.length <= 60 && TAIL_HEADING.test(line);
}
