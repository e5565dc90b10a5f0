/** Redis keys of the Zalo adapter, under the store's prefix. */
export function zaloKeys(prefix: string) {
  return {
    /** JSON {accessToken, expiresAt}; expires with the token. */
    token: `${prefix}zalo:token`,
    /** The current single-use refresh token. */
    refresh: `${prefix}zalo:refresh`,
    /** sha256 of the ZALO_REFRESH_TOKEN that seeded `refresh`: a different one in config is a new grant. */
    seed: `${prefix}zalo:seed`,
    /** Held by the one process refreshing (SET NX PX, a random owner token). */
    lock: `${prefix}zalo:lock`,
    /** Hash payload → message id of the buttons last sent to a user, to recognise their presses. */
    buttons: (userId: string) => `${prefix}zalo:btn:${userId}`,
  };
}
