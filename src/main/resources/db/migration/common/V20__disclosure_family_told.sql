-- Whether the children's family was told of a disclosure, and if not why (free text about a
-- family, so here and never in the engine's variables; erased with the case's other free text).
alter table disclosure_request add column family_told boolean;
alter table disclosure_request add column family_not_told_reason varchar(2000);
