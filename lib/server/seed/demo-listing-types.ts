import "server-only";

export type DemoDealType = "LICENSE" | "ASSIGNMENT" | "CO_RESEARCH" | "COMMISSIONED_RESEARCH" | "KNOW_HOW" | "SPIN_OFF" | "EQUIPMENT_SHARING" | "EXPERT_SECONDMENT";
export type DemoIpStatus = "PATENT_GRANTED" | "PATENT_PENDING" | "UTILITY_SOLUTION" | "PLANT_VARIETY" | "COPYRIGHT" | "TRADE_SECRET" | "NONE";

/** Organisations that own demo listings but have no user account. */
export type DemoExtraOrg = {
  key: string;
  name: string;
  kind: "UNIVERSITY" | "RESEARCH_INSTITUTE" | "ENTERPRISE" | "GOVERNMENT_AGENCY";
  province: string;
  website: string;
  description: string;
};

export type DemoOffer = {
  ownerKey: string;
  listedByKey?: "exchange";
  status: "PUBLISHED" | "DRAFT";
  language: "vi" | "en";
  title: string;
  summary: string;
  titleTranslated?: string;
  summaryTranslated?: string;
  application: string;
  targetCustomers: string;
  marketSize: string;
  unitCost: string;
  efficiencyGain: string;
  investmentNeeded: string;
  trl: number;
  ipStatus: DemoIpStatus;
  patentNumbers: string[];
  stateFunded: boolean;
  dealTypes: DemoDealType[];
  askingPriceVnd: number | null;
  fieldCodes: string[];
  sectorCodes: string[];
  province: string;
  confidentialDetails: string;
};

export type DemoChallenge = {
  ownerKey: string;
  status: "PUBLISHED" | "DRAFT";
  language: "vi" | "en";
  title: string;
  problem: string;
  desiredOutcome: string;
  constraints: string;
  minTrl: number;
  budgetMinVnd: number | null;
  budgetMaxVnd: number | null;
  deadlineInDays: number | null;
  dealTypes: DemoDealType[];
  fieldCodes: string[];
  sectorCodes: string[];
  province: string;
  confidentialDetails: string;
};
