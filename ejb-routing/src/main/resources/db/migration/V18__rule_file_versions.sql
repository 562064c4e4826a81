-- Every rule file published or rolled back through the API (issue 15): who, when, what it was before, so that a
-- publish can be rolled back and an auditor can see who changed what. Files edited directly in the rules directory
-- have no row (the OS keeps who wrote them).
create table cc_rule_file_version (
    kbase varchar(64) not null,
    file_name varchar(128) not null,
    version_number integer not null,
    action varchar(16) not null,
    content text,
    previous_content text,
    sha256 varchar(64),
    published_by varchar(128) not null,
    published_at timestamp with time zone not null,
    primary key (kbase, file_name, version_number)
);
