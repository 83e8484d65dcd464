export const DEAL_TYPES = [
  "LICENSE",
  "ASSIGNMENT",
  "CO_RESEARCH",
  "COMMISSIONED_RESEARCH",
  "KNOW_HOW",
  "SPIN_OFF",
  "EQUIPMENT_SHARING",
  "EXPERT_SECONDMENT",
] as const;
export type DealType = (typeof DEAL_TYPES)[number];

export const IP_STATUSES = ["PATENT_GRANTED", "PATENT_PENDING", "UTILITY_SOLUTION", "PLANT_VARIETY", "COPYRIGHT", "TRADE_SECRET", "NONE"] as const;
export type IpStatus = (typeof IP_STATUSES)[number];

/** IP statuses that come with a registration number (patent, utility solution, plant variety). */
export const NUMBERED_IP: readonly IpStatus[] = ["PATENT_GRANTED", "PATENT_PENDING", "UTILITY_SOLUTION", "PLANT_VARIETY"];

export const LISTING_STATUSES = ["DRAFT", "PUBLISHED", "CLOSED", "ARCHIVED"] as const;
export type ListingStatus = (typeof LISTING_STATUSES)[number];

export const LISTING_LANGUAGES = ["vi", "en"] as const;

/** A published listing stays on the marketplace this long unless renewed. */
export const LISTING_LIFETIME_DAYS = 365;
/** Owners are reminded this many days before expiry. */
export const EXPIRY_REMINDER_DAYS = 30;

export const TRL_LEVELS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;
