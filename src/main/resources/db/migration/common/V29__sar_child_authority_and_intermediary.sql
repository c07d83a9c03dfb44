-- On what authority someone asks for a child's information on the child's behalf: the parental
-- responsibility they hold and on what basis, the order the child is under and whether it limits
-- them (Children Act 1989; Adoption and Children Act 2002), the child's competence and authority or
-- best interests. Personal data about a child's family: here, never in the engine's variables.
create table sar_child_authority (
    case_reference             varchar(32)  not null primary key,
    version                    bigint       not null,
    pr_basis                   varchar(32),
    legal_status               varchar(32),
    pr_limited                 boolean,
    responsibility_recorded_by varchar(64),
    responsibility_recorded_at timestamp(6) with time zone,
    competence                 varchar(32),
    competence_factors         varchar(200),
    best_interests_reason      varchar(2000),
    competence_recorded_by     varchar(64),
    competence_recorded_at     timestamp(6) with time zone,
    constraint fk_sar_child_authority_case foreign key (case_reference) references case_file (reference)
);

-- Who passed a request on to the council (a school's designated teacher, the child's social
-- worker): recorded beside the case, never as its requester; letters never go to them.
create table sar_intermediary (
    case_reference varchar(32)  not null primary key,
    channel        varchar(32)  not null,
    name           varchar(200),
    organisation   varchar(200),
    email          varchar(320),
    received_on    date,
    constraint fk_sar_intermediary_case foreign key (case_reference) references case_file (reference)
);
