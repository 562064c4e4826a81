-- Configuration model (issue: foundation). Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.
-- Flyway applies every V<n>__*.sql here once, in order, at start-up (SchemaMigration); never edit an applied file.

create table cc_hours (
    id varchar(36) primary key,
    name varchar(127) not null unique,
    description varchar(250),
    time_zone varchar(64) not null,
    version bigint not null
);
create table cc_hours_range (
    hours_id varchar(36) not null references cc_hours (id),
    list_index integer not null,
    day_of_week varchar(10) not null,
    start_minute integer not null,
    end_minute integer not null,
    primary key (hours_id, list_index)
);
create table cc_hours_override (
    hours_id varchar(36) not null references cc_hours (id),
    list_index integer not null,
    name varchar(127) not null,
    start_date date not null,
    end_date date not null,
    override_type varchar(10) not null,
    start_minute integer,
    end_minute integer,
    primary key (hours_id, list_index)
);
create table cc_queue (
    id varchar(36) primary key,
    name varchar(140) not null unique,
    description varchar(250),
    type varchar(10) not null,
    hours_id varchar(36) references cc_hours (id),
    max_contacts integer,
    agent_user_id varchar(36) unique,
    version bigint not null
);
create table cc_routing_profile (
    id varchar(36) primary key,
    name varchar(127) not null unique,
    description varchar(250),
    default_outbound_queue_id varchar(36) not null references cc_queue (id),
    version bigint not null
);
create table cc_routing_profile_media (
    profile_id varchar(36) not null references cc_routing_profile (id),
    list_index integer not null,
    channel varchar(10) not null,
    concurrency integer not null,
    cross_channel varchar(40) not null,
    primary key (profile_id, list_index)
);
create table cc_routing_profile_queue (
    profile_id varchar(36) not null references cc_routing_profile (id),
    list_index integer not null,
    queue_id varchar(36) not null references cc_queue (id),
    channel varchar(10) not null,
    priority integer not null,
    delay_seconds integer not null,
    primary key (profile_id, list_index)
);
create table cc_user (
    id varchar(36) primary key,
    username varchar(64) not null unique,
    password_hash varchar(512) not null,
    first_name varchar(100),
    last_name varchar(100),
    email varchar(254),
    routing_profile_id varchar(36) references cc_routing_profile (id),
    phone_type varchar(12) not null,
    phone_endpoint varchar(128),
    acw_voice_seconds integer not null,
    acw_chat_seconds integer not null,
    version bigint not null
);
create table cc_user_role (
    user_id varchar(36) not null references cc_user (id),
    role varchar(20) not null,
    primary key (user_id, role)
);
create table cc_agent_status (
    id varchar(36) primary key,
    name varchar(127) not null unique,
    description varchar(250),
    type varchar(10) not null,
    state varchar(10) not null,
    display_order integer not null,
    version bigint not null
);
create table cc_contact_flow (
    id varchar(36) primary key,
    name varchar(127) not null unique,
    description varchar(250),
    type varchar(20) not null,
    content text not null,
    version bigint not null
);
create table cc_phone_number (
    id varchar(36) primary key,
    phone_number varchar(16) not null unique,
    description varchar(250),
    contact_flow_id varchar(36) not null references cc_contact_flow (id),
    version bigint not null
);
create table cc_quick_connect (
    id varchar(36) primary key,
    name varchar(127) not null unique,
    description varchar(250),
    type varchar(12) not null,
    queue_id varchar(36) references cc_queue (id),
    user_id varchar(36) references cc_user (id),
    phone_number varchar(16),
    contact_flow_id varchar(36) references cc_contact_flow (id),
    version bigint not null
);
