-- A disclosure request transferred to the complaint process (Art. 39) opens exactly one complaint,
-- however often the transfer event is delivered: the request it came from is unique.
ALTER TABLE complaint ADD COLUMN opened_from_request_id CHAR(36) NULL;

UPDATE complaint SET opened_from_request_id = linked_disclosure_request_id
WHERE id IN (
  SELECT first_id FROM (
    SELECT MIN(id) AS first_id FROM complaint
    WHERE linked_disclosure_request_id IS NOT NULL
      AND (closure IS NULL OR closure <> 'TRANSFERRED_TO_DISCLOSURE')
    GROUP BY linked_disclosure_request_id
  ) AS firsts
);

ALTER TABLE complaint ADD CONSTRAINT uq_complaint_opened_from_request UNIQUE (opened_from_request_id);
