package org.gongkai.organization;

import org.springframework.data.jpa.repository.JpaRepository;

interface StaffMembers extends JpaRepository<Staff, String> {}
