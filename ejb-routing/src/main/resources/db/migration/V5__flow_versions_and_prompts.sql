-- Contact flows issue: published versions of flows (contacts run the version they started on) and prompts.

alter table cc_contact_flow add column published_version integer;

create table cc_contact_flow_version (
    flow_id varchar(36) not null references cc_contact_flow (id),
    version_number integer not null,
    content text not null,
    published_at timestamp with time zone not null,
    published_by varchar(64),
    primary key (flow_id, version_number)
);

create table cc_prompt (
    id varchar(36) primary key,
    name varchar(127) not null unique,
    description varchar(250),
    prompt_text varchar(2000),
    audio varchar(255),
    version bigint not null
);
