-- Finding a case by the names in it (GET /api/cases): the search matches any part of a name,
-- ignoring case (lower(name) like '%term%'), which only a trigram index serves. pg_trgm is a
-- trusted extension: the database's owner may create it without being a superuser.
create extension if not exists pg_trgm;

create index ix_case_file_subject_name_trgm on case_file using gin (lower(subject_name) gin_trgm_ops);
create index ix_case_file_requester_name_trgm on case_file using gin (lower(requester_name) gin_trgm_ops);
create index ix_case_child_name_trgm on case_child using gin (lower(name) gin_trgm_ops);
