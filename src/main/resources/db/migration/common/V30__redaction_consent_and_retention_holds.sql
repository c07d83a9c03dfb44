-- The redaction log names the paragraph of each exemption (longer codes) and, for a third party's
-- information, who they are, what became of asking for consent and which DPA 2018 Sch 2 Pt 3
-- para 16(3) circumstances were weighed.
alter table sar_redaction alter column exemption set data type varchar(64);
alter table sar_redaction add column third_party_role varchar(32);
alter table sar_redaction add column consent_outcome varchar(32);
alter table sar_redaction add column consent_factors varchar(200);
alter table sar_redaction add column professional_reason varchar(2000);
