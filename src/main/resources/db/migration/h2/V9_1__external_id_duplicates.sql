-- Before the unique index of V9_2: reports recorded twice under one (channel, external_id) by the check-then-insert
-- race that this version closes (issue 9). Nothing is deleted: the first event (lowest id) keeps the external id;
-- every later copy gets a history note naming the id and the event that keeps it, then gives up the id (NULL), so
-- that an officer can find it and merge it. Same statements as the PostgreSQL twin but for the sequence syntax.
UPDATE event SET external_id = NULL WHERE TRIM(external_id) = '';

INSERT INTO event_transition (id, event_id, occurred_at, actor, action, from_state, to_state, note)
SELECT NEXT VALUE FOR id_seq, d.id, CURRENT_TIMESTAMP, '系统', 'NOTE', d.state, d.state,
       '重复来件：来件编号 ' || d.external_id || ' 已属于案件 ' || k.number || '，本案件的来件编号移入此备注，请核对后合并。'
       || ' / Duplicate report: external id ' || d.external_id || ' belongs to ' || k.number
       || '; it was moved into this note so that the id is unique. Merge this event into it if it is the same report.'
FROM event d JOIN event k ON k.channel = d.channel AND k.external_id = d.external_id
WHERE k.id = (SELECT MIN(x.id) FROM event x WHERE x.channel = d.channel AND x.external_id = d.external_id)
  AND d.id <> k.id;

UPDATE event SET external_id = NULL, version = version + 1
WHERE external_id IS NOT NULL
  AND EXISTS (SELECT 1 FROM event k WHERE k.channel = event.channel AND k.external_id = event.external_id
              AND k.id < event.id);
