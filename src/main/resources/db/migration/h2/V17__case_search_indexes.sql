-- Finding a case by the names in it (GET /api/cases). H2 (demo and tests) has no expression or
-- trigram indexes: these serve lookups by the start of a name; a search inside a name scans, which
-- is fine at a demo's size. PostgreSQL's V17 indexes the lower-case names for any partial match.
create index ix_case_file_subject_name on case_file (subject_name);
create index ix_case_file_requester_name on case_file (requester_name);
create index ix_case_child_name on case_child (name);
