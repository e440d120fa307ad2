-- 0020 (PostgreSQL twin of ../0020_consent_of_referrals_and_participants.sql): a consent record
-- belongs to a file's titular, a referral's person or a training participant, exactly one.
ALTER TABLE consent_record ALTER COLUMN enterprise_id DROP NOT NULL;
ALTER TABLE consent_record ADD COLUMN referral_id BIGINT REFERENCES referral(id);
ALTER TABLE consent_record ADD COLUMN attendee_id BIGINT REFERENCES training_attendee(id);
ALTER TABLE consent_record ADD CONSTRAINT consent_record_one_person
  CHECK (num_nonnulls(enterprise_id, referral_id, attendee_id) = 1);
-- A person's records in order, and whether they have a grant, from the index alone.
CREATE INDEX consent_record_referral ON consent_record (referral_id, accion, id);
CREATE INDEX consent_record_attendee ON consent_record (attendee_id, accion, id);
