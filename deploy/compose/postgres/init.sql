-- one database and owner role per PostgreSQL service, as on Kubernetes (CloudNativePG)
CREATE ROLE intake LOGIN PASSWORD 'intake';
CREATE DATABASE intake OWNER intake;
CREATE ROLE plan LOGIN PASSWORD 'plan';
CREATE DATABASE plan OWNER plan;
CREATE ROLE notification LOGIN PASSWORD 'notification';
CREATE DATABASE notification OWNER notification;
