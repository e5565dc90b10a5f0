/** Zalo OA v3 message/cs body checks. */

/** Text limit of a consultation message, in characters. */
export const MAX_ZALO_TEXT_CHARS = 2000;
/** Button types a button template accepts. */
const BUTTON_TYPES = new Set(["oa.query.show", "oa.query.hide", "oa.open.url", "oa.open.sms", "oa.open.phone"]);
/** Buttons a template may carry. */
const MAX_BUTTONS = 5;

export interface ZaloButton {
  type: string;
  title: string;
  payload: unknown;
}

/** What a user would see: the text and, for a button template, its buttons. */
export interface ZaloMessageContent {
  userId: string;
  text: string;
  buttons?: ZaloButton[];
}

type Checked = { content: ZaloMessageContent } | { error: string };

function checkText(text: unknown): string | null {
  if (typeof text !== "string" || text.trim().length === 0) return "text is empty";
  if ([...text].length > MAX_ZALO_TEXT_CHARS) return `text is longer than ${MAX_ZALO_TEXT_CHARS} characters`;
  return null;
}

/** Validates `{recipient:{user_id}, message:{text} | message:{attachment:{type:"template", payload}}}`. */
export function checkZaloMessage(body: unknown): Checked {
  const b = body as { recipient?: { user_id?: unknown }; message?: { text?: unknown; attachment?: unknown } } | null;
  const userId = b?.recipient?.user_id;
  if (typeof userId !== "string" || userId === "") return { error: "recipient.user_id is missing" };
  const message = b?.message;
  if (!message || typeof message !== "object") return { error: "message is missing" };
  if (message.attachment === undefined) {
    const problem = checkText(message.text);
    return problem ? { error: problem } : { content: { userId, text: message.text as string } };
  }
  const attachment = message.attachment as { type?: unknown; payload?: { template_type?: unknown; text?: unknown; buttons?: unknown } };
  if (attachment.type !== "template" || attachment.payload?.template_type !== "button") {
    return { error: "only the button template is supported by this fake" };
  }
  const problem = checkText(attachment.payload.text);
  if (problem) return { error: problem };
  const buttons = attachment.payload.buttons;
  if (!Array.isArray(buttons) || buttons.length === 0 || buttons.length > MAX_BUTTONS) return { error: `a template needs 1 to ${MAX_BUTTONS} buttons` };
  for (const button of buttons as Array<Partial<ZaloButton>>) {
    if (typeof button.type !== "string" || !BUTTON_TYPES.has(button.type)) return { error: `button type "${String(button.type)}" is invalid` };
    if (typeof button.title !== "string" || button.title.trim() === "" || [...button.title].length > 100) return { error: "button title must be 1 to 100 characters" };
    if (button.payload === undefined || button.payload === "") return { error: "button payload is missing" };
  }
  return { content: { userId, text: attachment.payload.text as string, buttons: buttons as ZaloButton[] } };
}
