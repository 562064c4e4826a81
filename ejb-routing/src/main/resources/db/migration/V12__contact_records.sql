-- Contact records (Amazon Connect's CTR): the contact row is the record, written by the routing journal as the
-- contact moves; the outbox keeps every update for the streaming sinks (files, webhook, Kafka) until each has it.
alter table cc_contact add column connected_to_system_at timestamp with time zone;
alter table cc_contact add column system_endpoint varchar(64);
alter table cc_contact add column flow_id varchar(36);
alter table cc_contact add column flow_version integer;
alter table cc_contact add column dequeued_at timestamp with time zone;
alter table cc_contact add column acw_ended_at timestamp with time zone;
alter table cc_contact add column agent_profile_id varchar(36);
alter table cc_contact add column offer_count integer default 0 not null;
alter table cc_contact add column missed_count integer default 0 not null;
alter table cc_contact add column rejected_count integer default 0 not null;
alter table cc_contact add column transferred_to_endpoint varchar(64);
alter table cc_contact add column last_updated_at timestamp with time zone;
alter table cc_contact add column queue_millis bigint;
alter table cc_contact add column interaction_millis bigint;
alter table cc_contact add column acw_millis bigint;
alter table cc_contact add column recording_location varchar(1024);
alter table cc_contact add column recording_status varchar(20);
alter table cc_contact add column recording_type varchar(20);
alter table cc_contact add column recording_deletion_reason varchar(255);
update cc_contact set connected_to_system_at = initiated_at,
    last_updated_at = coalesce(disconnected_at, acw_started_at, connected_to_agent_at, enqueued_at),
    dequeued_at = coalesce(connected_to_agent_at, case when state = 'ENDED' then disconnected_at end);
create index cc_contact_initiated on cc_contact (initiated_at, id);
create index cc_contact_enqueued on cc_contact (enqueued_at);
create index cc_contact_customer on cc_contact (customer_endpoint, initiated_at);
create index cc_contact_agent on cc_contact (agent_id, initiated_at);

create table cc_record_outbox (
    seq bigint primary key,
    contact_id varchar(36) not null,
    last_updated_at timestamp with time zone not null,
    payload text not null
);
create table cc_record_sink (
    name varchar(64) primary key,
    delivered_seq bigint not null,
    delivered_at timestamp with time zone,
    failing_since timestamp with time zone,
    last_error varchar(1024)
);

-- For BI tools (Metabase, Superset, Tableau): one row per contact record with names beside ids and durations in
-- milliseconds; the attributes are in cc_contact_attribute (contact_id, name, attribute_value). docs/RECORDS.md.
create view cc_contact_record as
select c.id as contact_id, c.initial_contact_id, c.previous_contact_id, c.next_contact_id, c.channel, c.initiation_method, c.state,
    c.initiated_at, c.connected_to_system_at, c.enqueued_at, c.dequeued_at, c.connected_to_agent_at, c.acw_started_at,
    c.acw_ended_at, c.disconnected_at, c.last_updated_at, c.transfer_completed_at,
    c.customer_endpoint, c.system_endpoint, c.transferred_to_endpoint,
    c.queue_id, q.name as queue_name, q.type as queue_type, c.agent_id, u.username as agent_username, c.agent_profile_id, p.name as agent_routing_profile_name,
    c.offer_count as agent_connection_attempts, c.missed_count, c.rejected_count, c.hold_count, c.hold_millis, c.longest_hold_millis,
    c.queue_millis, c.interaction_millis, c.acw_millis, c.disconnect_reason, c.priority, c.flow_id, c.flow_version,
    c.recording_location, c.recording_status, c.recording_type, c.recording_deletion_reason
from cc_contact c
left join cc_queue q on q.id = c.queue_id
left join cc_user u on u.id = c.agent_id
left join cc_routing_profile p on p.id = c.agent_profile_id;
