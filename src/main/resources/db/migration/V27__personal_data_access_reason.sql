-- a full view by someone not working the case states why; views of those working it have none
ALTER TABLE personal_data_access ADD COLUMN reason VARCHAR(200) NULL;
