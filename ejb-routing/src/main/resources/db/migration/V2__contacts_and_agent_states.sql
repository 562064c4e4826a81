-- Live routing state that must survive a restart (routing engine issue): contacts and the agents' chosen status.

create table cc_contact (
    id varchar(36) primary key,
    channel varchar(10) not null,
    initiation_method varchar(20) not null,
    queue_id varchar(36) not null,
    state varchar(20) not null,
    priority integer not null,
    initiated_at timestamp with time zone not null,
    enqueued_at timestamp with time zone not null,
    agent_id varchar(36),
    connected_to_agent_at timestamp with time zone,
    acw_started_at timestamp with time zone,
    disconnected_at timestamp with time zone,
    version bigint not null
);
create index cc_contact_state on cc_contact (state);
create table cc_contact_attribute (
    contact_id varchar(36) not null references cc_contact (id),
    name varchar(128) not null,
    attribute_value varchar(1024),
    primary key (contact_id, name)
);
create table cc_agent_state (
    user_id varchar(36) primary key references cc_user (id),
    status_id varchar(36) not null references cc_agent_status (id),
    since timestamp with time zone not null,
    version bigint not null
);
