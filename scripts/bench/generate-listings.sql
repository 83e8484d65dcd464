-- Deterministic synthetic marketplace: :orgs organisations, :n offers, :n challenges.
-- Text is drawn from Vietnamese and English technical vocabulary so full-text search has
-- realistic term frequencies. Run by scripts/bench/search.ts (it substitutes the numbers).
SELECT setseed(0.42);

INSERT INTO "Organization" ("id", "name", "slug", "kind", "province", "verificationStatus", "updatedAt")
SELECT 'bench-org-' || g,
       'Tổ chức thử nghiệm ' || g,
       'bench-org-' || g,
       (ARRAY['UNIVERSITY', 'RESEARCH_INSTITUTE', 'ENTERPRISE', 'GOVERNMENT_AGENCY'])[1 + (g % 4)]::"OrganizationKind",
       (ARRAY['ha-noi','ho-chi-minh','da-nang','can-tho','hai-phong','hue','bac-ninh','dong-nai','quang-ninh','nghe-an','khanh-hoa','lam-dong'])[1 + (g % 12)],
       'VERIFIED', now()
FROM generate_series(1, :orgs) g;

CREATE TEMP TABLE bench_words (lang text, words text[]);
INSERT INTO bench_words VALUES
 ('vi', ARRAY['công nghệ','chế phẩm','vi sinh','xử lý','nước thải','phân bón','hữu cơ','giống lúa','chịu mặn','vắc-xin','cúm gia cầm','thức ăn','thủy sản','tôm','cá tra','xi măng','lò quay','tiết kiệm','than','năng lượng','mặt trời','pin','vật liệu','nano','cao su','phụ gia','dược liệu','chiết xuất','kháng viêm','chẩn đoán','ung thư','cảm biến','IoT','tự động hóa','robot','UAV','giám sát','đô thị','chống ngập','thoát nước','bảo quản','sau thu hoạch','sấy','nông sản','cà phê','thanh long','sinh học','dữ liệu','trí tuệ nhân tạo','blockchain','truy xuất','nguồn gốc','dệt may','nhuộm','bê tông','tro bay','gạch','nhựa tái chế','biodiesel','lọc dầu']),
 ('en', ARRAY['technology','microbial','wastewater','treatment','organic','fertiliser','rice','salt-tolerant','vaccine','avian influenza','aquafeed','shrimp','catfish','cement','kiln','coal','saving','solar','battery','nanomaterial','rubber','additive','herbal','extract','anti-inflammatory','diagnostic','cancer','sensor','IoT','automation','robot','drone','monitoring','urban','flooding','drainage','post-harvest','drying','coffee','dragon fruit','biotechnology','data','artificial intelligence','blockchain','traceability','textile','dyeing','concrete','fly ash','recycled plastic','biodiesel','refinery']);

CREATE TEMP TABLE bench_fields AS SELECT array_agg(code ORDER BY code) AS codes FROM "TaxonomyTerm" WHERE kind = 'FIELD';
CREATE TEMP TABLE bench_sectors AS SELECT array_agg(code ORDER BY code) AS codes FROM "TaxonomyTerm" WHERE kind = 'SECTOR';

CREATE OR REPLACE FUNCTION pg_temp.phrase(lang text, n int) RETURNS text LANGUAGE sql VOLATILE AS
$$ SELECT string_agg(w[1 + floor(random() * array_length(w, 1))::int], ' ') FROM (SELECT words AS w FROM bench_words WHERE bench_words.lang = phrase.lang) x, generate_series(1, n) $$;

INSERT INTO "Offer" ("id", "organizationId", "createdById", "status", "language", "title", "summary", "application", "trl", "ipStatus",
                     "dealTypes", "fieldCodes", "sectorCodes", "province", "askingPriceVnd", "publishedAt", "expiresAt", "updatedAt")
SELECT 'bench-offer-' || g, 'bench-org-' || (1 + (g % :orgs)), 'bench', 'PUBLISHED', l.lang,
       pg_temp.phrase(l.lang, 6), pg_temp.phrase(l.lang, 30), pg_temp.phrase(l.lang, 8),
       1 + floor(random() * 9)::int,
       (ARRAY['PATENT_GRANTED','PATENT_PENDING','UTILITY_SOLUTION','PLANT_VARIETY','COPYRIGHT','TRADE_SECRET','NONE'])[1 + floor(random() * 7)::int]::"IpStatus",
       ARRAY[(ARRAY['LICENSE','ASSIGNMENT','CO_RESEARCH','COMMISSIONED_RESEARCH','KNOW_HOW','SPIN_OFF','EQUIPMENT_SHARING','EXPERT_SECONDMENT'])[1 + floor(random() * 8)::int]]::"DealType"[],
       ARRAY[f.codes[1 + floor(random() * array_length(f.codes, 1))::int]],
       ARRAY[s.codes[1 + floor(random() * array_length(s.codes, 1))::int]],
       (ARRAY['ha-noi','ho-chi-minh','da-nang','can-tho','hai-phong','hue','bac-ninh','dong-nai','quang-ninh','nghe-an','khanh-hoa','lam-dong'])[1 + floor(random() * 12)::int],
       (100 + floor(random() * 20000))::bigint * 1000000,
       now() - (random() * interval '300 days'), now() + interval '65 days' + (random() * interval '300 days'), now()
FROM generate_series(1, :n) g, bench_fields f, bench_sectors s,
     LATERAL (SELECT CASE WHEN random() < 0.6 THEN 'vi' ELSE 'en' END || substr(g::text, 1, 0) AS lang) l;

INSERT INTO "Challenge" ("id", "organizationId", "createdById", "status", "language", "title", "problem", "desiredOutcome", "minTrl",
                         "dealTypes", "fieldCodes", "sectorCodes", "province", "budgetMaxVnd", "deadline", "stateCommissioned", "publishedAt", "expiresAt", "updatedAt")
SELECT 'bench-challenge-' || g, 'bench-org-' || (1 + (g % :orgs)), 'bench', 'PUBLISHED', l.lang,
       pg_temp.phrase(l.lang, 6), pg_temp.phrase(l.lang, 30), pg_temp.phrase(l.lang, 8),
       1 + floor(random() * 9)::int,
       ARRAY[(ARRAY['LICENSE','ASSIGNMENT','CO_RESEARCH','COMMISSIONED_RESEARCH','KNOW_HOW','SPIN_OFF','EQUIPMENT_SHARING','EXPERT_SECONDMENT'])[1 + floor(random() * 8)::int]]::"DealType"[],
       ARRAY[f.codes[1 + floor(random() * array_length(f.codes, 1))::int]],
       ARRAY[s.codes[1 + floor(random() * array_length(s.codes, 1))::int]],
       (ARRAY['ha-noi','ho-chi-minh','da-nang','can-tho','hai-phong','hue','bac-ninh','dong-nai','quang-ninh','nghe-an','khanh-hoa','lam-dong'])[1 + floor(random() * 12)::int],
       (100 + floor(random() * 30000))::bigint * 1000000,
       now() + (random() * interval '365 days'), random() < 0.1,
       now() - (random() * interval '300 days'), now() + interval '65 days' + (random() * interval '300 days'), now()
FROM generate_series(1, :n) g, bench_fields f, bench_sectors s,
     LATERAL (SELECT CASE WHEN random() < 0.6 THEN 'vi' ELSE 'en' END || substr(g::text, 1, 0) AS lang) l;

ANALYZE "Offer";
ANALYZE "Challenge";
ANALYZE "Organization";
