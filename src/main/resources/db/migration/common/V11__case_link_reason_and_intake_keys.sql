-- Why two cases are linked: the same child (a SAR and a disclosure request about one child), or a
-- possible duplicate (the same requester asking about the same child again within days).
alter table case_link add column reason varchar(32) default 'SAME_CHILD' not null;

-- Intake requests an API client marked with an Idempotency-Key: one case per user and key. The
-- primary key is what makes concurrent repeats of one request create exactly one case. The
-- fingerprint is a SHA-256 of the request, to tell a repeat from a different request under the
-- same key; the request itself is not kept here.
create table intake_request (
    requested_by    varchar(64)  not null,
    idempotency_key varchar(200) not null,
    fingerprint     varchar(64)  not null,
    case_reference  varchar(32)  not null,
    created_at      timestamp(6) with time zone not null,
    constraint pk_intake_request primary key (requested_by, idempotency_key)
);
