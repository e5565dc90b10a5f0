/** Everything the conversation layer needs, injected (tests pass fakes of the clock and channels). */
import type { Channel, ChannelName, OutboundMessage } from "../channels/port.ts";
import type { Official } from "../core/model.ts";
import type { IntakeOptions } from "../intake/index.ts";
import type { Logger } from "../log.ts";
import type { ImportDeps } from "./import-notice.ts";
import { channelOf } from "../../jobs/schedule.ts";

export interface AppDeps extends ImportDeps {
  channels: Map<ChannelName, Channel>;
  logger: Logger;
  /** Old unit name → current one, for notices written before a merger. */
  aliases?: Record<string, string>;
  /** Telegram bot username, for invite deep links (t.me/<name>?start=CODE). */
  botUsername?: string;
  /** Where the admin console is reached (DONDOC_CONSOLE_URL, e.g. https://dondoc.example.gov.vn/admin): the chat's import preview links to its review page. Default: no link. */
  consoleUrl?: string;
  /** How notices sent as files or links are read (fetchUrls from DONDOC_FETCH_URLS). Default: links refused. */
  intake?: IntakeOptions;
}

/**
 * Queues a message to an official on their channel (rate-limited, retried, sent once per jobId).
 * Returns false when the official has no reachable chat.
 */
export async function notify(deps: AppDeps, to: Official, message: OutboundMessage & { refs?: string[]; report?: string }, jobId: string): Promise<boolean> {
  const route = channelOf(to, deps.available);
  if (!route) return false;
  await deps.queues.get(route.channel).add("message", {
    type: "message", o: to.id, text: message.text,
    ...(message.buttons ? { buttons: message.buttons } : {}), ...(message.refs ? { refs: message.refs } : {}), ...(message.report ? { report: message.report } : {}),
  }, { jobId: jobId.replace(/:/g, "_") });
  return true;
}

export async function admins(deps: AppDeps): Promise<Official[]> {
  return (await deps.store.listOfficials()).filter((o) => o.role === "admin");
}
