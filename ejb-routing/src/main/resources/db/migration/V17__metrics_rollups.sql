-- Quarter-hour rollups of the interval metrics (docs/METRICS.md, issue 12): per UTC quarter hour (by enqueue time) and
-- group — group_by QUEUE (standard queues), AGENT, ROUTING_PROFILE, CHANNEL (all records: the center is their sum) —
-- the sums, counts and maximum of Totals (rules, org.contactcenter.rules.metrics) over the records that are final
-- (state ENDED). The routing journal adds a record's contribution in the transaction that writes it ENDED; the
-- historical query reads whole quarter hours from here and the records not ended (and the partial quarter hours at a
-- range's edges) live. `records`: how many records a row holds (a historical row exists when one does).
create table cc_metrics_rollup (
    group_by varchar(16) not null,
    quarter_start timestamp with time zone not null,
    group_id varchar(36) not null,
    records bigint not null,
    queued bigint not null,
    answered bigint not null,
    abandoned bigint not null,
    handled bigint not null,
    completed bigint not null,
    agent_non_response bigint not null,
    transferred_in bigint not null,
    transferred_out bigint not null,
    held bigint not null,
    answer_millis bigint not null,
    abandon_millis bigint not null,
    handle_millis bigint not null,
    acw_millis bigint not null,
    hold_millis bigint not null,
    interaction_millis bigint not null,
    max_queued_millis bigint not null,
    answered_within_15 bigint not null,
    answered_within_20 bigint not null,
    answered_within_25 bigint not null,
    answered_within_30 bigint not null,
    answered_within_45 bigint not null,
    answered_within_60 bigint not null,
    answered_within_90 bigint not null,
    answered_within_120 bigint not null,
    answered_within_180 bigint not null,
    answered_within_240 bigint not null,
    answered_within_300 bigint not null,
    answered_within_600 bigint not null,
    primary key (group_by, quarter_start, group_id)
);
-- Whether the rollups hold every ended record: filled by the center at start (Java, the same Totals; in one transaction)
-- when this table is empty — after this migration, or after `delete from cc_metrics_rollup_fill` (records written by
-- other means than the routing journal). Until then the historical query reads every record.
create table cc_metrics_rollup_fill (
    id integer primary key,
    filled_at timestamp with time zone not null,
    records bigint not null
);
-- The records not ended yet in a range (what the historical query reads beside the rollups) by index.
create index cc_contact_state_enqueued on cc_contact (state, enqueued_at);
drop index cc_contact_state;

-- For BI tools: the rollups with the group's name and the quarter hour's end (ended records only: a quarter hour still
-- has contacts in progress until they end; docs/RECORDS.md has example queries).
create view cc_metrics_quarter_hour as
select r.group_by, r.quarter_start, r.quarter_start + interval '15' minute as quarter_end, r.group_id,
    case r.group_by when 'QUEUE' then q.name when 'AGENT' then u.username when 'ROUTING_PROFILE' then p.name else r.group_id end as group_name,
    r.records, r.queued, r.answered, r.abandoned, r.handled, r.completed, r.agent_non_response, r.transferred_in,
    r.transferred_out, r.held, r.answer_millis, r.abandon_millis, r.handle_millis, r.acw_millis, r.hold_millis,
    r.interaction_millis, r.max_queued_millis, r.answered_within_15, r.answered_within_20, r.answered_within_25,
    r.answered_within_30, r.answered_within_45, r.answered_within_60, r.answered_within_90, r.answered_within_120,
    r.answered_within_180, r.answered_within_240, r.answered_within_300, r.answered_within_600
from cc_metrics_rollup r
left join cc_queue q on r.group_by = 'QUEUE' and q.id = r.group_id
left join cc_user u on r.group_by = 'AGENT' and u.id = r.group_id
left join cc_routing_profile p on r.group_by = 'ROUTING_PROFILE' and p.id = r.group_id;
