import { describe, expect, it } from "vitest";
import { fieldOfHeader } from "../../../src/core/roster/columns.ts";

describe("column headers", () => {
  it.each([
    ["Mã", "id"], ["ID", "id"], ["Họ và tên", "fullName"], ["HO TEN", "fullName"], ["Full name", "fullName"], ["fullName", "fullName"],
    ["Chức vụ", "title"], ["Đơn vị", "unit"], ["Cơ quan", "unit"], ["Loại đơn vị", "unitType"], ["Cấp trên (mã)", "supervisorId"],
    ["Supervisor", "supervisorId"], ["Ngôn ngữ", "locale"], ["Vai trò", "role"], ["Telegram chat id", "telegramChatId"],
    ["Telegram", "telegramChatId"], ["Zalo user id", "zaloUserId"], ["zalo", "zaloUserId"], ["STT", "ignored"], ["Ghi chú", "ignored"], ["Số điện thoại", null],
  ])("%s → %s", (header, field) => {
    expect(fieldOfHeader(header)).toBe(field);
  });
});
