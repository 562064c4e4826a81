-- External functions (contact flows issue): the on-prem "Invoke AWS Lambda function": HTTP JSON endpoints.

create table cc_external_function (
    id varchar(36) primary key,
    name varchar(127) not null unique,
    description varchar(250),
    url varchar(2048) not null,
    timeout_millis integer not null,
    version bigint not null
);
