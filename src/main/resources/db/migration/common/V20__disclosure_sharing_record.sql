-- Whether the children's family was told of a disclosure, and if not why (free text about a
-- family, so here and never in the engine's variables; erased with the case's other free text).
alter table disclosure_request add column family_told boolean;
alter table disclosure_request add column family_not_told_reason varchar(2000);

-- The council's own lawful basis for sharing (UK GDPR Art 6) and, for special category or criminal
-- offence data, its Art 9/10 condition with the DPA 2018 Sch 1 condition: each approver's, and the
-- final one on the request.
alter table disclosure_decision add column lawful_basis varchar(32);
alter table disclosure_decision add column special_condition varchar(32);
alter table disclosure_request add column council_lawful_basis varchar(32);
alter table disclosure_request add column special_condition varchar(32);
