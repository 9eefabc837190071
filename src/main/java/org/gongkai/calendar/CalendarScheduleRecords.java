package org.gongkai.calendar;

import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarScheduleRecords extends JpaRepository<CalendarScheduleRecord, Integer> {}
