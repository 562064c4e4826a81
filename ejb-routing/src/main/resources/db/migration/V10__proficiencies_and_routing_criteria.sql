-- Agents' proficiencies (a predefined attribute's value at a level 1-5) and contacts' routing criteria (Amazon
-- Connect's "Set routing criteria": the steps as Connect's JSON, in effect since criteria_since).
create table cc_user_proficiency (
    user_id varchar(36) not null references cc_user (id),
    name varchar(64) not null,
    proficiency_value varchar(64) not null,
    proficiency_level integer not null,
    primary key (user_id, name, proficiency_value)
);
alter table cc_contact add column routing_criteria varchar(8000);
alter table cc_contact add column criteria_since timestamp with time zone;
