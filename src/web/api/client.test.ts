import { describe, expect, it } from 'vitest';
import { vi as messages } from '../i18n/vi.ts';
import { ApiError, buildQuery, errorFromBody, isApiError } from './client.ts';
import { fieldErrorsFrom } from './field-errors.ts';
import { importRowErrors, sortUnitsForDisplay } from './units.ts';

describe('buildQuery', () => {
  it('leaves out empty values and encodes Vietnamese text', () => {
    expect(buildQuery({ parentId: 5, q: 'Lương Văn Tri', historic: undefined, empty: '', none: null })).toBe(
      '?parentId=5&q=L%C6%B0%C6%A1ng+V%C4%83n+Tri',
    );
    expect(buildQuery({})).toBe('');
    expect(buildQuery()).toBe('');
  });
});

describe('errorFromBody', () => {
  it("keeps the server's code, Vietnamese message and details", () => {
    const error = errorFromBody(429, {
      error: {
        code: 'too_many_requests',
        message: 'Quá nhiều lần đăng nhập sai.',
        details: { retryAfter: 60 },
      },
    });
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(429);
    expect(error.code).toBe('too_many_requests');
    expect(error.message).toBe('Quá nhiều lần đăng nhập sai.');
    expect(error.details).toEqual({ retryAfter: 60 });
  });

  it('falls back to a Vietnamese message by status when the body is not the error shape', () => {
    expect(errorFromBody(502, '<html>Bad gateway</html>').message).toBe(messages['error.server']);
    expect(errorFromBody(404, undefined).message).toBe(messages['error.notFound']);
    expect(errorFromBody(404, undefined).code).toBe('http_404');
  });
});

describe('isApiError', () => {
  it('matches on status when given', () => {
    const error = new ApiError(404, 'not_found', 'Không tìm thấy.');
    expect(isApiError(error)).toBe(true);
    expect(isApiError(error, 404)).toBe(true);
    expect(isApiError(error, 401)).toBe(false);
    expect(isApiError(new Error('x'))).toBe(false);
  });
});

describe('fieldErrorsFrom', () => {
  it('maps validation issues to the field names of the form', () => {
    const error = new ApiError(400, 'validation_failed', 'Dữ liệu gửi lên không hợp lệ.', {
      issues: [
        { path: 'body/newPassword', message: 'Mật khẩu mới phải có ít nhất 10 ký tự.' },
        { path: 'body/newPassword', message: 'second message is ignored' },
        { path: 'body/username', message: 'Quá ngắn.' },
      ],
    });
    expect(fieldErrorsFrom(error)).toEqual({
      newPassword: 'Mật khẩu mới phải có ít nhất 10 ký tự.',
      username: 'Quá ngắn.',
    });
  });

  it('keeps only the fields a form shows, when told which', () => {
    const error = new ApiError(400, 'validation_failed', 'x', {
      issues: [
        { path: 'body/email', message: 'Email sai.' },
        { path: 'body/username', message: 'Quá ngắn.' },
      ],
    });
    expect(fieldErrorsFrom(error, ['username'])).toEqual({ username: 'Quá ngắn.' });
  });

  it('answers nothing for other errors', () => {
    expect(fieldErrorsFrom(new Error('x'))).toEqual({});
    expect(fieldErrorsFrom(new ApiError(401, 'unauthenticated', 'x'))).toEqual({});
  });
});

describe('importRowErrors', () => {
  it('reads row errors from the details of a rejected import', () => {
    expect(
      importRowErrors({
        errors: [
          { row: 3, column: 'ma', message: 'Mã đơn vị bị trùng.' },
          { row: '7', column: null, message: 'Thiếu tên đơn vị.' },
          { row: 9 },
        ],
      }),
    ).toEqual([
      { row: 3, column: 'ma', message: 'Mã đơn vị bị trùng.' },
      { row: 7, column: null, message: 'Thiếu tên đơn vị.' },
    ]);
  });

  it('answers an empty list for anything else', () => {
    expect(importRowErrors(undefined)).toEqual([]);
    expect(importRowErrors({ errors: 'x' })).toEqual([]);
  });
});

describe('sortUnitsForDisplay', () => {
  it('lists current units first, in Vietnamese alphabetical order', () => {
    const units = [
      { name: 'Xã Điềm He', validTo: null },
      { name: 'Phường Đông Kinh', validTo: '2025-06-30' },
      { name: 'Xã Yên Phúc', validTo: null },
      { name: 'Phường Đông Kinh', validTo: null },
      { name: 'Xã Đình Lập', validTo: null },
    ];
    expect(sortUnitsForDisplay(units)).toEqual([
      { name: 'Phường Đông Kinh', validTo: null },
      { name: 'Xã Điềm He', validTo: null },
      { name: 'Xã Đình Lập', validTo: null },
      { name: 'Xã Yên Phúc', validTo: null },
      { name: 'Phường Đông Kinh', validTo: '2025-06-30' },
    ]);
  });
});
