CREATE TABLE thing (id varchar(64) PRIMARY KEY);
