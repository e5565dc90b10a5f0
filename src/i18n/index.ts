/** Everything the bot says, in Vietnamese (default) or English. */
export {
  DEFAULT_LOCALE,
  LOCALES,
  catalogueKeys,
  isLocale,
  isMessageKey,
  toLocale,
  type Locale,
  type MessageKey,
} from "./catalogue.ts";
export { t, messageParams } from "./translate.ts";
export { VIETNAM_TZ, daysPhrase, formatDate, formatDateTime, formatIsoDate, weekdayName } from "./dates.ts";
export { formatTaskLine, formatTaskList, type TaskLineInput, type TaskStatus } from "./task-line.ts";
export type { Params } from "./template.ts";
